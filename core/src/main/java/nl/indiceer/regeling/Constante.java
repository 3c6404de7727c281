package nl.indiceer.regeling;

import java.math.BigDecimal;

/** A numeric convention of a region (e.g. 4,5 weeks per month) with its source. */
public record Constante(BigDecimal waarde, Bron bron, String onduidelijk) {
}
