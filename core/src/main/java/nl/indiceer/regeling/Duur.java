package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * Maximum (and average) length of an allocation in months, or a maximum in days (ASH: 28 dagen, 000:296).
 * {@code richtlijn}: the source calls the maximum a guideline; exceeding it is a WAARSCHUWING, not a FOUT.
 */
public record Duur(BigDecimal maximaalMaanden, Integer maximaalDagen, BigDecimal gemiddeldMaanden, boolean richtlijn,
                   Bron bron, String onduidelijk) {
}
