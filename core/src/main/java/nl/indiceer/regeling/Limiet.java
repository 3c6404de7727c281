package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * A maximum volume per week, per month or in total over the validity, e.g. 10 dagdelen per week.
 *
 * @param aard guideline or rule ({@link Aard}): exceeding a guideline is a WAARSCHUWING that needs a motivation,
 *             exceeding a rule a FOUT
 */
public record Limiet(Periode per, BigDecimal maximaal, Eenheid eenheid, Aard aard, Bron bron, String onduidelijk) {

    /** True when the source calls the maximum a guideline or allows exceptions. */
    public boolean richtlijn() {
        return aard.richtlijn();
    }
}
