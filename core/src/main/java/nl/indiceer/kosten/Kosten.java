package nl.indiceer.kosten;

import java.math.BigDecimal;
import nl.indiceer.regeling.Tarief;

/**
 * The cost of an allocation line.
 *
 * @param perPeriode cost per allocation period (null for a traject or plek, priced as a whole)
 * @param totaal     cost over the whole validity (null when no tariff is known)
 * @param rekensom   the calculation as a Dutch sentence
 */
public record Kosten(BigDecimal perPeriode, BigDecimal totaal, String rekensom, Tarief tarief) {

    public static Kosten onbekend(String reden) {
        return new Kosten(null, null, reden, null);
    }
}
