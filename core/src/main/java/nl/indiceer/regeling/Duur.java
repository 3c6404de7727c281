package nl.indiceer.regeling;

import java.math.BigDecimal;

/** Maximum (and average) length of an allocation in months, or a maximum in days (ASH: 28 dagen, 000:296). */
public record Duur(BigDecimal maximaalMaanden, Integer maximaalDagen, BigDecimal gemiddeldMaanden, Bron bron,
                   String onduidelijk) {
}
