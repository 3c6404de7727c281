package nl.indiceer.normenkader;

/**
 * Which normenkader a version is: its id (the same for every version), name, law and the file it was read from.
 *
 * @param wet     wmo, jeugdwet or beide
 * @param bestand where it was loaded from, for messages and output
 */
public record Identiteit(String id, String naam, String wet, String bestand) {
}
