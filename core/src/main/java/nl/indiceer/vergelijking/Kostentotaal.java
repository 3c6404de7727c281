package nl.indiceer.vergelijking;

import java.math.BigDecimal;

/**
 * The cost of one municipality, product or provider over the compared requests, under the old and the new
 * rulebooks. Only requests both sets compute are counted (the others are counted apart in {@link Totalen}); a
 * line without a known tariff adds nothing and is counted as unknown, never guessed.
 *
 * @param regio          the region of the municipality or product; null for a provider (a provider spans regions)
 * @param sleutel        the municipality's name, the product's code or the provider's name; null when the request
 *                       names no municipality or provider
 * @param naam           how to show it: the municipality's name, the product's name, the provider's name
 * @param aanvragen      requests with this municipality, product or provider
 * @param gewijzigd      of those, the requests that differ here: for a municipality anything in the request, for a
 *                       product or provider one of its lines (also through a combination finding that concerns it)
 * @param onbekendOud    lines whose cost the old rulebooks do not know (no tariff published)
 * @param onbekendNieuw  the same under the new rulebooks
 */
public record Kostentotaal(String regio, String sleutel, String naam, BigDecimal kostenOud, BigDecimal kostenNieuw,
                           long aanvragen, long gewijzigd, long onbekendOud, long onbekendNieuw) {

    /** New minus old: positive when the change costs more. */
    public BigDecimal verschil() {
        return kostenNieuw.subtract(kostenOud);
    }
}
