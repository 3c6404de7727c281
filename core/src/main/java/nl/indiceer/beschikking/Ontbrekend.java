package nl.indiceer.beschikking;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One thing that still stands in the way of a decision: a stable code, the request line it concerns (null for the
 * decision as a whole) and named parameters. Data, not text: a page or the API renders it in Dutch at the field it
 * concerns.
 *
 * @param parameters insertion-ordered, no nulls
 */
public record Ontbrekend(Code code, Integer regel, Map<String, Object> parameters) {

    public enum Code {
        /** The line has no decision yet (toekennen or afwijzen). */
        BESLUIT_ONTBREEKT,
        /** The line is granted despite a FOUT finding without invoking the hardheidsclausule; parameter {@code bevindingen}. */
        HARDHEIDSCLAUSULE_NODIG,
        /** The line is granted with WAARSCHUWING findings but without a motivation; parameter {@code bevindingen}. */
        MOTIVERING_NODIG,
        /** A change (wijziging, verlenging, beëindiging, intrekking) of a line that names no allocation it changes. */
        TOEWIJZING_ONTBREEKT,
        /** A decision for a line the request does not have; parameter {@code regel}. */
        REGEL_ONBEKEND,
        /** The decision has no line at all. */
        GEEN_REGELS,
        /** The line is granted while its normenkader task form does not compute, so no norm can be stated. */
        NORMERING_ONVOLLEDIG
    }

    public Ontbrekend {
        Objects.requireNonNull(code, "code");
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    static Ontbrekend van(Code code, Integer regel, Object... namenEnWaarden) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < namenEnWaarden.length; i += 2) {
            p.put((String) namenEnWaarden[i], Objects.requireNonNull(namenEnWaarden[i + 1]));
        }
        return new Ontbrekend(code, regel, p);
    }
}
