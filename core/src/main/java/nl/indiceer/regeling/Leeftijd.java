package nl.indiceer.regeling;

import java.util.List;

/**
 * Age limits: at the start the client is at least {@code vanaf}; at the end younger than {@code tot}. Either may be null.
 * {@code alleenBijStart}: {@code tot} is a condition for starting only (dyslexie: start before the 13th birthday).
 * {@code uitzonderingen}: what the source allows by exception beyond these limits.
 */
public record Leeftijd(Integer vanaf, Integer tot, boolean alleenBijStart, Bron bron, String onduidelijk,
                       List<Leeftijdsuitzondering> uitzonderingen) {

    public Leeftijd {
        uitzonderingen = uitzonderingen == null ? List.of() : List.copyOf(uitzonderingen);
    }

    /** Without exceptions. */
    public Leeftijd(Integer vanaf, Integer tot, boolean alleenBijStart, Bron bron, String onduidelijk) {
        this(vanaf, tot, alleenBijStart, bron, onduidelijk, List.of());
    }
}
