package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * A published tariff for one unit and financing form. Stored as published: a minute tariff is never
 * derived from an hour tariff (004: 60 × 1,25 = 75,00 while the hour tariff is 74,81).
 *
 * @param aanbiedertype null for all providers, or "micro" / "regulier" (Noord-Limburg, 001:3674-3705)
 */
public record Tarief(Financiering financiering, Eenheid eenheid, BigDecimal bedrag, String aanbiedertype,
                     Bron bron, String onduidelijk) {
}
