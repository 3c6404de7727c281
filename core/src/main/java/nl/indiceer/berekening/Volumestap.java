package nl.indiceer.berekening;

import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.getal.Breuk;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Variant;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Rekenconstanten;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.rekensom.Volumeberekening;
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
            return new Volumeberekening(regel.periode(), duur, null, Rekensom.bedrag(product.naam(), bekostiging, duur));
        }
        if (opbouw.isLeeg()) {
            return new Volumeberekening(regel.periode(), duur, null, Rekensom.zonderPosten(duur));
        }
        // exact until this one rounding up: never down (CRvB), never decided on a decimal approximation
        Breuk exact = opbouw.voor(regel.periode(), k.wekenPerMaandExact(), duur);
        Toewijzingsvolume volume = Toewijzingsvolume.bepaal(exact, product.eenheidVoor(regel.financiering()),
                regel.volumeverzoek().eenheid(), k.minutenPerDagdeel(), regel.periode(), duur);
        return new Volumeberekening(regel.periode(), duur, volume,
                Rekensom.van(opbouw, regel.periode(), k.omrekening(), duur, volume));
    }
}
