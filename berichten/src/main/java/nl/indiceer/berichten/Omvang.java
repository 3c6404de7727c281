package nl.indiceer.berichten;

/**
 * CDT_Omvang (IV042): a whole volume in a unit per a frequency.
 *
 * @param eenheid    WJ756: 01 minuut, 04 uur, 14 etmaal, 16 dagdeel, 82 stuks (output), 83 euro's (volume in eurocent),
 *                   84 stuks (inspanning)
 * @param frequentie WMO757: 1 per dag, 2 per week, 4 per maand, 6 totaal binnen geldigheidsduur toewijzing
 */
public record Omvang(long volume, String eenheid, String frequentie) {

    /** Frequentie 2: per week; CD076 then demands an end date. */
    public static final String PER_WEEK = "2";
    public static final String PER_MAAND = "4";
    public static final String TOTAAL = "6";
}
