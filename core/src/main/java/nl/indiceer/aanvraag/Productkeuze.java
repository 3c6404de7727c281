package nl.indiceer.aanvraag;

import nl.indiceer.regeling.Financiering;

/**
 * Which product, from whom and how it is paid: what decides the rules and the tariff of a line.
 *
 * @param variant       optional: a variant of the product (own limits or duration)
 * @param aanbieder     optional: the provider (needed for OP259: same product, same provider)
 * @param aanbiedertype optional: micro or regulier (tariffs that differ per type of provider)
 */
public record Productkeuze(String product, String variant, String aanbieder, String aanbiedertype,
                           Financiering financiering) {
}
