package nl.indiceer.volume;

import java.math.BigDecimal;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The volume as allocated: a whole number in one unit, rounded up, never down (CRvB: necessary minutes
 * may not be rounded down; iStandaarden IV042: volume is a whole number). Minutes, unless the volume is
 * whole in the product's own unit (5 uur, 3 dagdelen) or the consultant chose hours. Rounding decides on
 * the exact value: any positive volume is at least 1, and 7,0000005 is 8.
 *
 * @param volume  the whole volume per period in {@code eenheid}: the exact volume rounded up
 * @param totaal  the whole volume over the validity in {@code eenheid}: {@code volume} × the weeks or months
 *                of the validity, rounded up (for TOTAAL equal to {@code volume})
 * @param exact   the exact volume per period in {@code eenheid}, before rounding
 */
public record Toewijzingsvolume(BigDecimal volume, Eenheid eenheid, Periode periode, BigDecimal totaal, Breuk exact) {

    /** An allocation taken as given, with nothing rounded: the exact volume is {@code volume}. */
    public static Toewijzingsvolume zonderAfronding(BigDecimal volume, Eenheid eenheid, Periode periode, BigDecimal totaal) {
        return new Toewijzingsvolume(volume, eenheid, periode, totaal, Breuk.van(volume));
    }

    /** True when rounding up changed the exact volume. */
    public boolean afgerond() {
        return exact.compareTo(Breuk.van(volume)) != 0;
    }

    /**
     * @param exact          exact volume per period in the base unit (minutes, etmalen or stuks)
     * @param producteenheid the unit the product is indicated in
     * @param gekozen        unit chosen by the consultant (minuut or uur), or null
     */
    public static Toewijzingsvolume bepaal(Breuk exact, Eenheid producteenheid, Eenheid gekozen,
                                           BigDecimal minutenPerDagdeel, Periode periode, Geldigheidsduur duur) {
        Eenheid eenheid;
        Breuk inEenheid;
        if (!producteenheid.isTijd()) {
            eenheid = producteenheid;
            inEenheid = exact;
        } else if (gekozen != null) {
            eenheid = gekozen;
            inEenheid = uitMinuten(exact, gekozen, minutenPerDagdeel);
        } else {
            Breuk inProducteenheid = uitMinuten(exact, producteenheid, minutenPerDagdeel);
            if (inProducteenheid.isGeheel()) {
                eenheid = producteenheid;
                inEenheid = inProducteenheid;
            } else {
                eenheid = Eenheid.MINUUT;
                inEenheid = exact;
            }
        }
        BigDecimal volume = inEenheid.omhoog();
        BigDecimal totaal = periode == Periode.TOTAAL ? volume : Breuk.van(volume).maal(duur.aantal(periode)).omhoog();
        return new Toewijzingsvolume(volume, eenheid, periode, totaal, inEenheid);
    }

    /** As {@link #bepaal(Breuk, Eenheid, Eenheid, BigDecimal, Periode, Geldigheidsduur)} for an exact decimal. */
    public static Toewijzingsvolume bepaal(BigDecimal exact, Eenheid producteenheid, Eenheid gekozen,
                                           BigDecimal minutenPerDagdeel, Periode periode, Geldigheidsduur duur) {
        return bepaal(Breuk.van(exact), producteenheid, gekozen, minutenPerDagdeel, periode, duur);
    }

    /** Minutes in {@code eenheid}, exactly: 90 minutes are 3/2 uur. */
    public static Breuk uitMinuten(Breuk minuten, Eenheid eenheid, BigDecimal minutenPerDagdeel) {
        return switch (eenheid) {
            case UUR -> minuten.gedeeldDoor(60);
            case DAGDEEL -> minuten.gedeeldDoor(minutenPerDagdeel);
            default -> minuten;
        };
    }

    /** As {@link #uitMinuten(Breuk, Eenheid, BigDecimal)}, as a decimal of 16 digits (for display). */
    public static BigDecimal uitMinuten(BigDecimal minuten, Eenheid eenheid, BigDecimal minutenPerDagdeel) {
        return switch (eenheid) {
            case UUR -> minuten.divide(BigDecimal.valueOf(60), Geldigheidsduur.MC);
            case DAGDEEL -> minuten.divide(minutenPerDagdeel, Geldigheidsduur.MC);
            default -> minuten;
        };
    }

    public static BigDecimal naarMinuten(BigDecimal waarde, Eenheid eenheid, BigDecimal minutenPerDagdeel) {
        return switch (eenheid) {
            case UUR -> waarde.multiply(BigDecimal.valueOf(60));
            case DAGDEEL -> waarde.multiply(minutenPerDagdeel);
            default -> waarde;
        };
    }

    /** "300 minuten per maand". */
    public String tekst() {
        return Volumeopbouw.hoeveelheid(volume, eenheid) + " " + periode.omschrijving();
    }
}
