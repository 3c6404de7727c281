package nl.indiceer.regeling;

/**
 * Age limits: at the start the client is at least {@code vanaf}; at the end younger than {@code tot}. Either may be null.
 * {@code alleenBijStart}: {@code tot} is a condition for starting only (dyslexie: start before the 13th birthday).
 */
public record Leeftijd(Integer vanaf, Integer tot, boolean alleenBijStart, Bron bron, String onduidelijk) {
}
