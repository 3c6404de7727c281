package nl.indiceer.regeling;

/**
 * A fact about the case that a rule depends on and only the consultant can state (e.g. "risicovolle
 * handelingen", an assessed IQ): declared in the rulebook with the question it answers, given in the request
 * under {@code feiten} as true or false ({@link Feitsoort#JA_NEE}) or as a number ({@link Feitsoort#GETAL}).
 * Unknown is neither: a rule that needs it then asks for it.
 */
public record Feit(String naam, String vraag, Bron bron, Feitsoort soort) {

    public Feit {
        soort = soort == null ? Feitsoort.JA_NEE : soort;
    }

    /** A true/false fact. */
    public Feit(String naam, String vraag, Bron bron) {
        this(naam, vraag, bron, Feitsoort.JA_NEE);
    }
}
