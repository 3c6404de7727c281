package nl.indiceer.toetsing;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;

/** A number with its unit, as a finding's parameter: rendered "300 minuten", "1 uur", "2 dagdelen". */
public record Hoeveelheid(BigDecimal waarde, Eenheid eenheid) {
}
