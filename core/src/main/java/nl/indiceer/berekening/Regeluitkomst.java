package nl.indiceer.berekening;

import java.time.LocalDate;
import java.util.List;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.rekensom.Volumeberekening;

/**
 * The result for one request line: volume (per period and over the validity), cost, the rekensom, the
 * allocations that follow and the findings.
 */
public record Regeluitkomst(int index, Productaanduiding product, LocalDate begindatum, LocalDate einddatum,
                            Bekostiging bekostiging, Volumeberekening berekening, Kosten kosten,
                            List<Toewijzing> toewijzingen, List<Bevinding> bevindingen) {

    public Regeluitkomst {
        toewijzingen = List.copyOf(toewijzingen);
        bevindingen = List.copyOf(bevindingen);
    }

    public String productcode() {
        return product.code();
    }

    public String productnaam() {
        return product.naam();
    }

    public String variant() {
        return product.variant();
    }

    public Financiering financiering() {
        return product.financiering();
    }

    public Periode periode() {
        return berekening.periode();
    }

    public Geldigheidsduur duur() {
        return berekening.duur();
    }

    /** Null for a traject or plek (allocated as an amount) or when nothing could be computed. */
    public Toewijzingsvolume volume() {
        return berekening.volume();
    }

    /** How the volume was computed, as steps; {@code RekensomTekst.zin} writes the sentence. */
    public Rekensom rekensom() {
        return berekening.rekensom();
    }
}
