package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.regeling.Bron;

/**
 * Where the source is ambiguous, lost or contradicts itself, the rulebook says so, and the engine shows
 * it as a finding instead of guessing silently.
 */
public final class Onduidelijkheden {

    private Onduidelijkheden() {
    }

    /** A REGEL_ONDUIDELIJK finding for a rulebook value marked {@code onduidelijk}, or nothing. */
    public static List<Bevinding> van(String onduidelijk, Bron bron, Integer regel) {
        return onduidelijk == null ? List.of()
                : List.of(Bevinding.van(Bevindingcode.REGEL_ONDUIDELIJK, bron, regel, "onduidelijk", onduidelijk));
    }
}
