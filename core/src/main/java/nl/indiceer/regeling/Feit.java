package nl.indiceer.regeling;

/**
 * A fact about the case that a rule depends on and only the consultant can state (e.g. "risicovolle
 * handelingen"): declared in the rulebook with the question it answers, given in the request under
 * {@code feiten} as true or false. Unknown is neither: a rule that needs it then asks for it.
 */
public record Feit(String naam, String vraag, Bron bron) {
}
