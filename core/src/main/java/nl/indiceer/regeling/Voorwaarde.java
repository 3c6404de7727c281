package nl.indiceer.regeling;

/** A condition from the source that the tool cannot check itself; shown to the consultant. */
public record Voorwaarde(String tekst, Bron bron, String onduidelijk) {
}
