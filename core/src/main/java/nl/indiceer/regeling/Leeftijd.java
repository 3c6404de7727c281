package nl.indiceer.regeling;

/** Age limits: at the start the client is at least {@code vanaf}; at the end younger than {@code tot}. Either may be null. */
public record Leeftijd(Integer vanaf, Integer tot, Bron bron, String onduidelijk) {
}
