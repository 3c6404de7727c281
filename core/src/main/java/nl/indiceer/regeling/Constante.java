package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * A numeric convention of a region (e.g. 4,5 weeks per month) with its source.
 *
 * @param weergave the value as written in the rulebook, e.g. "52/12", for display and exact fractions
 */
public record Constante(BigDecimal waarde, String weergave, Bron bron, String onduidelijk) {
}
