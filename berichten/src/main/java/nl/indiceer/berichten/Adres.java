package nl.indiceer.berichten;

/**
 * CDT_Adres. The house (CDT_Huis) is present when {@code huisnummer} is; every part is optional in the schema, the
 * conditions (CD025, CD034) say which are needed when.
 */
public record Adres(String huisnummer, String huisletter, String huisnummerToevoeging, String aanduidingWoonadres,
                    String postcode, String straatnaam, String plaatsnaam, String landCode) {
}
