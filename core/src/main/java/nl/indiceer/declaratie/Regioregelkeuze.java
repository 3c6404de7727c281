package nl.indiceer.declaratie;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.indiceer.regeling.Declaratieregels;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;

/**
 * Which region's own declaration rules apply to a prestatie: the rulebook in force on the prestatie's begin date whose
 * {@code gemeenten} list names the municipality (its CBS code) the 323 is addressed to. A municipality no rulebook names
 * (Drechtsteden's rulebook names none) gets no regional rules: the iStandaarden rules only.
 *
 * <p>Memory: one entry per municipality and date asked, and a 323 asks one month's first day per prestatie; not
 * thread-safe (one per check, like {@link Declaratiecontrole}).
 */
public final class Regioregelkeuze {

    private final Regelingen regelingen;
    /** Alphabetical: when two rulebooks name the same municipality on a date, the choice does not depend on loading. */
    private final java.util.List<String> regios;
    private final Map<String, Regeling> gekozen = new HashMap<>();

    public Regioregelkeuze(Regelingen regelingen) {
        this.regelingen = regelingen;
        this.regios = regelingen.regios().stream().sorted().toList();
    }

    /** The rulebook that decides, or null when none names the municipality on that date. */
    public Regeling regeling(String gemeente, LocalDate datum) {
        if (gemeente == null || datum == null) {
            return null;
        }
        String sleutel = gemeente + '@' + datum;
        if (gekozen.containsKey(sleutel)) {
            return gekozen.get(sleutel);
        }
        Regeling gevonden = null;
        for (String regio : regios) {
            Regeling r = regelingen.voor(regio, datum);
            if (r != null && r.gemeenten().stream().anyMatch(g -> gemeente.equals(g.cbs()))) {
                gevonden = r;
                break;
            }
        }
        gekozen.put(sleutel, gevonden);
        return gevonden;
    }

    /** The rules to apply; {@link Declaratieregels#GEEN} when no rulebook names the municipality on that date. */
    public Declaratieregels regels(String gemeente, LocalDate datum) {
        Regeling r = regeling(gemeente, datum);
        return r == null || r.declaratieregels() == null ? Declaratieregels.GEEN : r.declaratieregels();
    }
}
