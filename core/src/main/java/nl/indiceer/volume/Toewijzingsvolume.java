package nl.indiceer.volume;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The volume as allocated: a whole number in one unit, rounded up, never down (CRvB: necessary minutes
 * may not be rounded down; iStandaarden IV042: volume is a whole number). Minutes, unless the volume is
 * whole in the product's own unit (5 uur, 3 dagdelen) or the consultant chose hours.
 *
 * @param volume  the whole volume per period in {@code eenheid}
 * @param totaal  the whole volume over the validity in {@code eenheid}
 * @param afgerond true when rounding up changed the exact volume
 */
public record Toewijzingsvolume(BigDecimal volume, Eenheid eenheid, Periode periode, BigDecimal totaal,
                                boolean afgerond) {

    /**
     * @param exact        exact volume per period in the base unit (minutes, etmalen or stuks)
     * @param producteenheid the unit the product is indicated in
     * @param gekozen      unit chosen by the consultant (minuut or uur), or null
     */
    public static Toewijzingsvolume bepaal(BigDecimal exact, Eenheid producteenheid, Eenheid gekozen,
                                           BigDecimal minutenPerDagdeel, Periode periode, Geldigheidsduur duur) {
        Eenheid eenheid;
        BigDecimal inEenheid;
        if (!producteenheid.isTijd()) {
            eenheid = producteenheid;
            inEenheid = exact;
        } else if (gekozen != null) {
            eenheid = gekozen;
            inEenheid = uitMinuten(exact, gekozen, minutenPerDagdeel);
        } else {
            BigDecimal inProducteenheid = uitMinuten(exact, producteenheid, minutenPerDagdeel);
            if (Getal.isGeheel(inProducteenheid)) {
                eenheid = producteenheid;
                inEenheid = inProducteenheid;
            } else {
                eenheid = Eenheid.MINUUT;
                inEenheid = exact;
            }
        }
        BigDecimal volume = Getal.omhoog(inEenheid);
        BigDecimal totaal = switch (periode) {
            case WEEK -> Getal.omhoog(volume.multiply(duur.weken()));
            case MAAND -> Getal.omhoog(volume.multiply(duur.maanden()));
            case TOTAAL -> volume;
        };
        return new Toewijzingsvolume(volume, eenheid, periode, totaal, !Getal.isGeheel(inEenheid));
    }

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
