package nl.indiceer.kosten;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Tarief;

/**
 * The cost of an allocation line.
 *
 * @param perPeriode cost per allocation period (null for a traject or plek, priced as a whole)
 * @param totaal     cost over the whole validity (null when no tariff is known)
 * @param rekensom   the calculation as a Dutch sentence
 * @param tarief     the tariff used; the first part's when the line runs across a tariff change
 * @param stappen    the calculation as steps (a line across a tariff change, a traject paid pro rata); empty when
 *                   one tariff times the volume says it all
 */
public record Kosten(BigDecimal perPeriode, BigDecimal totaal, String rekensom, Tarief tarief, List<Kostenstap> stappen) {

    public Kosten {
        stappen = stappen == null ? List.of() : List.copyOf(stappen);
    }

    /** A cost at one tariff, without steps. */
    public Kosten(BigDecimal perPeriode, BigDecimal totaal, String rekensom, Tarief tarief) {
        this(perPeriode, totaal, rekensom, tarief, List.of());
    }

    public static Kosten onbekend(String reden) {
        return new Kosten(null, null, reden, null);
    }
}
