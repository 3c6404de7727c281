package nl.indiceer.vergelijking;

import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.berekening.Uitkomst;

/**
 * One side of a comparison: the request's result under one set of rulebooks, or the problems for which that
 * set refuses it. Exactly one of the two is present.
 *
 * @param uitkomst the engine's result; null when refused
 * @param fouten   why the set refuses the request; empty when computed
 */
public record Kant(Uitkomst uitkomst, List<Invoerfout> fouten) {

    /** The engine's code when the request's region has no rulebook in the set. */
    public static final String ONBEKENDE_REGIO = "ONBEKENDE_REGIO";

    public Kant {
        fouten = List.copyOf(fouten);
        if ((uitkomst == null) == fouten.isEmpty()) {
            throw new IllegalArgumentException("een kant is berekend of geweigerd, niet allebei of geen van beide");
        }
    }

    static Kant berekend(Uitkomst uitkomst) {
        return new Kant(uitkomst, List.of());
    }

    static Kant geweigerd(List<Invoerfout> fouten) {
        return new Kant(null, fouten);
    }

    public boolean isBerekend() {
        return uitkomst != null;
    }

    /** True when this set has no rulebook at all for the request's region (not just none on its peildatum). */
    public boolean regioOntbreekt() {
        return fouten.stream().anyMatch(f -> ONBEKENDE_REGIO.equals(f.code()));
    }
}
