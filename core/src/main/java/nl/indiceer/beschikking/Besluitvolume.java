package nl.indiceer.beschikking;

import java.math.BigDecimal;
import java.util.Objects;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The volume a decision states: a whole number per period (CRvB: a concrete volume; iStandaarden: volume is whole),
 * in one unit, and the whole number over the validity.
 *
 * @param frequentie per week, per month, or in total within the validity
 */
public record Besluitvolume(BigDecimal volume, Eenheid eenheid, Periode frequentie, BigDecimal totaal) {

    public Besluitvolume {
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(frequentie, "frequentie");
        volume = geheel(volume, "volume");
        totaal = geheel(totaal, "totaal");
    }

    private static BigDecimal geheel(BigDecimal b, String naam) {
        Objects.requireNonNull(b, naam);
        if (b.signum() < 0 || b.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(naam + " is geen geheel getal van 0 of meer: " + b.toPlainString());
        }
        return b.setScale(0);
    }
}
