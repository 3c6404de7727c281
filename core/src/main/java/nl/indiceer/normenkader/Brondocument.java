package nl.indiceer.normenkader;

/**
 * A source a normenkader declares under {@code bronnen}: a web page, a decision (ECLI), a seed file.
 *
 * @param adres optional URL or file name
 */
public record Brondocument(String id, String titel, String adres) {
}
