package nl.indiceer.normenkader;

import java.math.BigDecimal;
import nl.indiceer.getal.Breuk;

/**
 * The minutes of one task, exact and rounded up.
 *
 * @param perWeekExact  before rounding
 * @param perMaandExact exact week × weeks per month, before rounding
 * @param perWeek       rounded up to a whole minute (never down)
 * @param perMaand      the exact month rounded up once
 */
public record Taakminuten(Breuk perWeekExact, Breuk perMaandExact, BigDecimal perWeek, BigDecimal perMaand) {
}
