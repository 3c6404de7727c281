package nl.indiceer.toetsing;

import nl.indiceer.regeling.Aard;
import nl.indiceer.regeling.Ernst;

/**
 * A limit exceeded: a FOUT when the source states it as a rule, a WAARSCHUWING that asks for a motivation when
 * the source calls it a guideline ({@link Aard}). The finding names the line that makes it a guideline.
 */
final class Grensaard {

    private Grensaard() {
    }

    /** The finding with the severity the limit's reading gives. */
    static Bevinding ernst(Bevinding b, Aard aard) {
        return aard.richtlijn() ? b.metErnst(Ernst.WAARSCHUWING) : b;
    }

    /** The short source of the guideline reading ("002:1155"), or null for a rule. */
    static String richtlijnbron(Aard aard) {
        return aard.richtlijn() && aard.bron() != null ? aard.bron().kort() : null;
    }
}
