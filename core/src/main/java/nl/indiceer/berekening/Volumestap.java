package nl.indiceer.berekening;

import java.math.BigDecimal;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Variant;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Rekenconstanten;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeberekening;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Step 4: the volume of a line, built up from its posten (or the product's agreed volume, the volume of the
 * allocation it extends, the relapse rule), rounded up to a whole number, with its rekensom.
 */
final class Volumestap {

    private Volumestap() {
    }

    static Volumeopbouw opbouw(Aanvraag aanvraag, Regeling regeling, Productregel regel, Product product,
                               Variant variant, Rekenconstanten k) {
        Eenheid eenheid = product.eenheidVoor(regel.financiering());
        Volumeopbouw opbouw = new Volumeopbouw(eenheid, k.minutenPerDagdeel());
        if (eenheid == Eenheid.TRAJECT) {
            return opbouw;
        }
        if (!regel.posten().isEmpty()) {
            regel.posten().forEach(opbouw::voegToe);
            return opbouw;
        }
        VastVolume vast = variant != null && variant.vastVolume() != null ? variant.vastVolume()
                : product.grenzen().vastVolume();
        if (vast != null) {
            opbouw.voegVastToe(vast.volume(), vast.eenheid(), vast.per(), "afgesproken volume");
        } else if (regel.soort() instanceof Regelsoort.Verlengt verlengt) {
            LopendeToewijzing oud = aanvraag.lopende(verlengt.toewijzing());
            Omvang omvang = oud.omvang();
            if (omvang != null && opbouw.past(omvang.eenheid())) {
                opbouw.voegVastToe(omvang.volume(), omvang.eenheid(), omvang.periode(),
                        "volume van toewijzing " + oud.id() + ", zonder extra minuten");
            }
        } else if (regel.soort() instanceof Regelsoort.TerugvalNa && regeling.terugval() != null
                && opbouw.past(regeling.terugval().eenheid())) {
            opbouw.voegVastToe(regeling.terugval().volume(), regeling.terugval().eenheid(), Periode.TOTAAL, "terugvalregeling");
        }
        return opbouw;
    }

    static Volumeberekening bereken(Productregel regel, Product product, Bekostiging bekostiging, Volumeopbouw opbouw,
                                    Rekenconstanten k) {
        Geldigheidsduur duur = Geldigheidsduur.van(regel.begindatum(), regel.einddatum(), k.wekenPerJaar());
        if (bekostiging != Bekostiging.PXQ) {
            return new Volumeberekening(regel.periode(), duur, null, product.naam() + " wordt bekostigd als "
                    + bekostiging.name().toLowerCase() + "; de toewijzing is een bedrag binnen de geldigheidsduur van "
                    + Getal.nl(duur.maanden()) + " maanden.");
        }
        if (opbouw.isLeeg()) {
            return new Volumeberekening(regel.periode(), duur, null, "Geen volume: de regel heeft geen posten.");
        }
        BigDecimal exact = opbouw.voor(regel.periode(), k.wekenPerMaand(), duur);
        Toewijzingsvolume volume = Toewijzingsvolume.bepaal(exact, product.eenheidVoor(regel.financiering()),
                regel.volumeverzoek().eenheid(), k.minutenPerDagdeel(), regel.periode(), duur);
        String rekensom = opbouw.rekensom(regel.periode(), k.wekenPerMaand(), duur) + slotzin(volume, duur);
        return new Volumeberekening(regel.periode(), duur, volume, rekensom);
    }

    private static String slotzin(Toewijzingsvolume v, Geldigheidsduur duur) {
        String zin = v.afgerond() ? "; naar boven afgerond: " + v.tekst() : "; toegewezen: " + v.tekst();
        if (v.periode() != Periode.TOTAAL) {
            String per = v.periode() == Periode.WEEK ? Getal.nl(duur.weken()) + " weken" : Getal.nl(duur.maanden()) + " maanden";
            zin += "; over de geldigheidsduur (" + per + "): " + Volumeopbouw.hoeveelheid(v.totaal(), v.eenheid());
        }
        return zin + ".";
    }
}
