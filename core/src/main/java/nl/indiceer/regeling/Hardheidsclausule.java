package nl.indiceer.regeling;

/** In exceptional cases client, referrer and municipality may agree on a combination that is not possible. */
public record Hardheidsclausule(String tekst, Bron bron) {
}
