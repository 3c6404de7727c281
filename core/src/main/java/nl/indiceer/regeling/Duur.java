package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * Maximum (and average) length of an allocation in months, or a maximum in days (ASH: 28 dagen, 000:296).
 * {@code aard}: guideline or rule ({@link Aard}); exceeding a guideline is a WAARSCHUWING, not a FOUT.
 */
public record Duur(BigDecimal maximaalMaanden, Integer maximaalDagen, BigDecimal gemiddeldMaanden, Aard aard,
                   Bron bron, String onduidelijk) {

    /** True when the source calls the maximum a guideline. */
    public boolean richtlijn() {
        return aard.richtlijn();
    }
}
