package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * The length of one consult, e.g. "minimaal 20 minuten en maximaal 45 minuten per consult" (004:2782): every
 * post of a line that the consultant marks as a consult must lie within it.
 *
 * @param minimaal optional
 * @param maximaal optional
 */
public record Consultduur(BigDecimal minimaal, BigDecimal maximaal, Eenheid eenheid, Bron bron, String onduidelijk,
                          Aard aard) {

    /** True when the source calls it a guideline: exceeding it is a WAARSCHUWING that asks for a motivation. */
    public boolean richtlijn() {
        return aard.richtlijn();
    }
}
