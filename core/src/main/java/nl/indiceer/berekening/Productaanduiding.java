package nl.indiceer.berekening;

import nl.indiceer.regeling.Financiering;

/** Which product a result line is about, as the consultant and the provider know it. */
public record Productaanduiding(String code, String naam, String variant, Financiering financiering) {
}
