package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.MathContext;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Constanten;
import nl.indiceer.regeling.Regeling;

/**
 * The numbers a rulebook version converts volumes with, resolved once per request: the region's own value,
 * else the calendar default (52 weeks per year, weeks per month = weeks per year ÷ 12, a dagdeel of 4 uur).
 *
 * @param wekenPerMaandUitRegeling false when the rulebook names no weeks per month (a finding says so)
 */
public record Rekenconstanten(BigDecimal wekenPerJaar, BigDecimal wekenPerMaand, BigDecimal minutenPerDagdeel,
                              boolean wekenPerMaandUitRegeling) {

    public static Rekenconstanten van(Regeling regeling) {
        Constanten k = regeling.constanten();
        BigDecimal wekenPerJaar = waarde(k.wekenPerJaar(), Constanten.STANDAARD_WEKEN_PER_JAAR);
        BigDecimal wekenPerMaand = waarde(k.wekenPerMaand(),
                wekenPerJaar.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
        return new Rekenconstanten(wekenPerJaar, wekenPerMaand,
                waarde(k.minutenPerDagdeel(), Constanten.STANDAARD_MINUTEN_PER_DAGDEEL), k.wekenPerMaand() != null);
    }

    private static BigDecimal waarde(Constante c, BigDecimal standaard) {
        return c == null ? standaard : c.waarde();
    }
}
