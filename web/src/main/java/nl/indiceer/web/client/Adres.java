package nl.indiceer.web.client;

/**
 * Where the client's letters go: street with house number, postcode ("1234 AB") and place. Optional on a client
 * (not every client has one when first recorded), needed for a decision letter. {@code toString} leaves it out, so a
 * log line never holds it.
 */
public record Adres(String straat, String postcode, String woonplaats) {

    @Override
    public String toString() {
        return "Adres[...]";
    }
}
