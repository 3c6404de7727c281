package nl.indiceer.regeling;

import java.math.BigDecimal;

/** A maximum volume per week, per month or in total over the validity, e.g. 10 dagdelen per week. */
public record Limiet(Periode per, BigDecimal maximaal, Eenheid eenheid, Bron bron, String onduidelijk) {
}
