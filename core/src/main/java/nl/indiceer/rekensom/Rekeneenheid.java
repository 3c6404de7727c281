package nl.indiceer.rekensom;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;

/**
 * The units of a rekensom: sums are computed in {@code basis} (minutes for time products, else etmalen or
 * stuks) and shown in the product's own unit where that differs (dagdelen: 24 dagdelen, 5.760 minuten).
 */
public record Rekeneenheid(Eenheid basis, Eenheid product, BigDecimal minutenPerDagdeel) {
}
