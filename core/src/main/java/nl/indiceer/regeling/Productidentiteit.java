package nl.indiceer.regeling;

/**
 * Which product it is: the code, names and law a consultant finds it under in the region's catalogue.
 *
 * @param code           iStandaarden productcode where the source gives one, otherwise a local code
 * @param categorie      productcategorie (JZ020 / WMO020)
 * @param productfamilie optional: the source's product family name
 * @param wet            optional: the law it falls under when it differs from the regeling's
 */
public record Productidentiteit(String code, String categorie, String naam, String productfamilie, String wet) {
}
