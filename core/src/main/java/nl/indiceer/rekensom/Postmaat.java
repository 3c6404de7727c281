package nl.indiceer.rekensom;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * A post as the consultant wrote it, before any conversion: "2 × 1,5 uur per week", or during a phase
 * "13 weken × 4 uur per week".
 *
 * @param aantal      how many times the quantity counts (2 in "2 × 1,5 uur"), 1 when once
 * @param hoeveelheid the quantity in {@code eenheid}
 * @param per         the period the quantity recurs in (WEEK, MAAND) or TOTAAL for a one-off total; for a phase
 *                    the unit of its length
 * @param fase        the length of a phase in {@code per}; null for a post without a phase
 */
public record Postmaat(BigDecimal aantal, BigDecimal hoeveelheid, Eenheid eenheid, Periode per, BigDecimal fase) {
}
