package nl.indiceer.web.sturing;

import java.math.BigDecimal;

/**
 * One cell of the utilisation report: committed and realised cost of a key (month, product, provider, law,
 * consultant) and the utilisation realised ÷ committed, or none of them when it is suppressed.
 *
 * @param sleutel   null for "not known" (no provider named, no consultant known)
 * @param benutting realised ÷ committed with 4 decimals; null when nothing is committed or when suppressed
 * @param clienten  the distinct clients behind the committed and the realised cost together; null when suppressed
 */
public record Benuttingscel(String sleutel, String naam, BigDecimal vastgelegd, BigDecimal gerealiseerd,
                            BigDecimal benutting, Integer clienten, boolean onderdrukt) {
}
