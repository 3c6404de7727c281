package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.MathContext;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Constanten;
import nl.indiceer.regeling.Regeling;

/**
 * The numbers a rulebook version converts volumes with, resolved once per request: weeks per month and per
 * year exactly ({@link Omrekening}; the region's own value, else the calendar), and a dagdeel in minutes
 * (the region's, else 4 uur).
 */
public record Rekenconstanten(Omrekening omrekening, BigDecimal minutenPerDagdeel) {

    public static Rekenconstanten van(Regeling regeling) {
        Constanten k = regeling.constanten();
        return new Rekenconstanten(Omrekening.van(k), k.minutenPerDagdeel() == null
                ? Constanten.STANDAARD_MINUTEN_PER_DAGDEEL : k.minutenPerDagdeel().waarde());
    }

    /** Weeks per month, exactly (52/12 stays 13/3). */
    public Breuk wekenPerMaandExact() {
        return omrekening.wekenPerMaand();
    }

    /** Weeks per month as a decimal, for showing in a text; compute with {@link #wekenPerMaandExact()}. */
    public BigDecimal wekenPerMaand() {
        return omrekening.wekenPerMaand().decimaal(MathContext.DECIMAL64);
    }

    public Breuk wekenPerJaar() {
        return omrekening.wekenPerJaar();
    }
}
