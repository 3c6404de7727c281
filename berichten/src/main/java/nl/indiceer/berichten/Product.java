package nl.indiceer.berichten;

/**
 * CDT_Product: a productcategorie (JZ020 / WMO020) and optionally a national product code; without a code the
 * allocation is for the whole category (CD080: then without Omvang).
 */
public record Product(String categorie, String code) {
}
