package nl.indiceer.vergelijking;

import java.math.BigDecimal;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * One request line under the old and the new rulebooks: both results as the engine gave them (volume, cost,
 * rekensom as steps, findings), what differs, and the provider the request names for the line.
 *
 * @param aanbieder the provider in the request; null when it names none
 */
public record Regelverschil(int index, String aanbieder, Regeluitkomst oud, Regeluitkomst nieuw,
                            boolean volumeVerschilt, boolean kostenVerschillen, Bevindingverschil bevindingen) {

    static Regelverschil tussen(String aanbieder, Regeluitkomst oud, Regeluitkomst nieuw) {
        return new Regelverschil(oud.index(), aanbieder, oud, nieuw, volumeVerschilt(oud.volume(), nieuw.volume()),
                !gelijk(oud.kosten().totaal(), nieuw.kosten().totaal())
                        || !gelijk(oud.kosten().perPeriode(), nieuw.kosten().perPeriode()),
                Bevindingverschil.tussen(oud.bevindingen(), nieuw.bevindingen()));
    }

    public boolean verschilt() {
        return volumeVerschilt || kostenVerschillen || !bevindingen.isLeeg();
    }

    /** The line's product code as the old rulebooks name it (a new version computes the same line). */
    public String productcode() {
        return oud.productcode();
    }

    public String productnaam() {
        return oud.productnaam();
    }

    /** Null for a traject or plek, or when nothing could be computed. */
    public Toewijzingsvolume volumeOud() {
        return oud.volume();
    }

    public Toewijzingsvolume volumeNieuw() {
        return nieuw.volume();
    }

    /** The cost over the validity; null when no tariff is known. */
    public BigDecimal kostenOud() {
        return oud.kosten().totaal();
    }

    public BigDecimal kostenNieuw() {
        return nieuw.kosten().totaal();
    }

    public Rekensom rekensomOud() {
        return oud.rekensom();
    }

    public Rekensom rekensomNieuw() {
        return nieuw.rekensom();
    }

    /**
     * The allocation is what a decision commits: the whole volume per period and over the validity, its unit
     * and period. The exact fraction behind it may move without changing the allocation (7,2 and 7,4 both
     * round up to 8), which is no difference for a decision.
     */
    private static boolean volumeVerschilt(Toewijzingsvolume a, Toewijzingsvolume b) {
        if (a == null || b == null) {
            return a != b;
        }
        return a.eenheid() != b.eenheid() || a.periode() != b.periode() || !gelijk(a.volume(), b.volume())
                || !gelijk(a.totaal(), b.totaal());
    }

    /** Equal amounts regardless of scale (10 and 10,00); two unknowns are equal. */
    static boolean gelijk(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? a == b : a.compareTo(b) == 0;
    }
}
