package nl.indiceer.cli;

import nl.indiceer.kosten.Kostenstap;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Volumeopbouw;

/** One step of a line's cost as a line of text (a part at one tariff, a traject paid pro rata). */
final class Kostenstaptekst {

    private Kostenstaptekst() {
    }

    static String regel(Kostenstap k) {
        String periode = k.van() == null ? "" : k.van() + " t/m " + k.tot() + ": ";
        String bron = k.bron() == null ? "" : " (bron " + k.bron().kort() + ")";
        return switch (k.soort()) {
            case TARIEFDEEL -> periode + Volumeopbouw.hoeveelheid(k.hoeveelheid(), k.eenheid()) + " tegen "
                    + Getal.euro(k.tarief().bedrag()) + " per " + k.tarief().eenheid().enkelvoud() + " = "
                    + Getal.euro(k.bedrag()) + bron;
            case TRAJECT -> "trajectprijs " + Getal.euro(k.bedrag()) + bron;
            case MAANDBEDRAG -> "maandbedrag " + Getal.euro(k.bedrag()) + " (" + k.omschrijving() + ")" + bron;
            case NAAR_RATO -> periode + k.omschrijving() + " = " + Getal.euro(k.bedrag()) + bron;
        };
    }
}
