package nl.indiceer.regeling;

import java.math.BigDecimal;

/** An amount in a unit, e.g. 30 uur or 10 dagdelen. */
public record Hoeveelheid(BigDecimal waarde, Eenheid eenheid) {
}
