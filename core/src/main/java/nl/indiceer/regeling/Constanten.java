package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * The counting conventions a region uses to convert volumes between periods.
 *
 * @param wekenPerMaand  month volume = week volume × this (Achterhoek: 4,5; 000:171)
 * @param wekenPerJaar   weeks in a validity period = months × this / 12 (Achterhoek: 13 per quarter)
 * @param minutenPerDagdeel one dagdeel in minutes (4 uur in all five regions)
 * @param maandFactorWeekgemiddelde optional: a month may hold at most this × the average week volume (000:222)
 */
public record Constanten(Constante wekenPerMaand, Constante wekenPerJaar, Constante minutenPerDagdeel,
                         Constante maandFactorWeekgemiddelde) {

    /** A calendar fact, not a policy choice. */
    public static final BigDecimal STANDAARD_WEKEN_PER_JAAR = new BigDecimal("52");
    /** iStandaarden WJ756 code 16: "Dagdeel (4 uur)". */
    public static final BigDecimal STANDAARD_MINUTEN_PER_DAGDEEL = new BigDecimal("240");

}
