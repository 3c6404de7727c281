package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Ernst;

/**
 * Where the source is ambiguous, lost or contradicts itself, the rulebook says so, and the engine shows
 * it as a finding instead of guessing silently.
 */
public final class Onduidelijkheden {

    private Onduidelijkheden() {
    }

    public static void meld(String onduidelijk, Bron bron, Integer regel, List<Bevinding> uit) {
        if (onduidelijk == null) {
            return;
        }
        Bevinding b = new Bevinding("REGEL_ONDUIDELIJK", Ernst.WAARSCHUWING, "Onduidelijk in de bron: " + onduidelijk, bron, regel);
        if (!uit.contains(b)) {
            uit.add(b);
        }
    }
}
