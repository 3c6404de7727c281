package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * A maximum volume per week, per month or in total over the validity, e.g. 10 dagdelen per week.
 *
 * @param richtlijn true when the source calls the maximum a guideline or allows exceptions: exceeding it
 *                  is then a WAARSCHUWING that needs a motivation, not a FOUT
 */
public record Limiet(Periode per, BigDecimal maximaal, Eenheid eenheid, boolean richtlijn, Bron bron, String onduidelijk) {
}
