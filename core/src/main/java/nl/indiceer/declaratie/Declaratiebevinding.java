package nl.indiceer.declaratie;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.indiceer.regeling.Bron;

/**
 * One outcome of the check for a prestatie: a code, the values its text needs, and for a region's rule its source.
 *
 * @param parameters insertion-ordered, no nulls: numbers, dates, texts, units
 * @param bron       the rulebook source of a region's rule; null for an iStandaarden rule (the code names it)
 * @param onduidelijk the rulebook's note on what is unclear about the rule applied, or null
 */
public record Declaratiebevinding(Declaratiecode code, Map<String, Object> parameters, Bron bron, String onduidelijk) {

    public Declaratiebevinding {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A finding with parameters in pairs (name, value); a null value is left out. */
    public static Declaratiebevinding van(Declaratiecode code, Object... namenEnWaarden) {
        return metBron(code, null, null, namenEnWaarden);
    }

    static Declaratiebevinding metBron(Declaratiecode code, Bron bron, String onduidelijk, Object... namenEnWaarden) {
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namenEnWaarden.length; i += 2) {
            if (namenEnWaarden[i + 1] != null) {
                p.put((String) namenEnWaarden[i], namenEnWaarden[i + 1]);
            }
        }
        return new Declaratiebevinding(code, p, bron, onduidelijk);
    }

    public Object parameter(String naam) {
        return parameters.get(naam);
    }
}
