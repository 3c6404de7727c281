package nl.indiceer.web.aanvraag;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The normenkader task form of one Wmo line as typed (issue 3's calculator, {@code POST /api/normering}): which
 * normenkader, and per task of it whether it applies, the rhythm, the frequency, the factors, one capacity row and a
 * deviation with its motivation. Tasks are keyed by their position in the normenkader's task list, factors by their
 * position in {@code Normenkader.factoren(taak)}. Not stored: the request format has no place for it; what is stored
 * is its result, the posten and the motivation that "Overnemen" puts into the line (as {@code normeer --product} does).
 */
public record Normeringvelden(String normenkader, SortedMap<Integer, Taak> taken) {

    public static final Normeringvelden LEEG = new Normeringvelden("", new TreeMap<>());
    private static final Taak GEEN_TAAK = new Taak(false, "", false, "", "", new TreeMap<>(),
            new Capaciteit("", "", "", "", ""), new Afwijking("", "", ""));

    public Normeringvelden {
        taken = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(taken));
    }

    public record Taak(boolean gekozen, String ritme, boolean referentie, String keer, String per,
                       SortedMap<Integer, Factor> factoren, Capaciteit capaciteit, Afwijking afwijking) {

        public Taak {
            factoren = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(factoren));
        }

        public Factor factor(int f) {
            return factoren.getOrDefault(f, new Factor(false, "", ""));
        }
    }

    /** {@code gekozen} for a factor without count or table; {@code aantal} or {@code waarde} for the others. */
    public record Factor(boolean gekozen, String aantal, String waarde) {

        boolean toegepast() {
            return gekozen || !aantal.isBlank() || !waarde.isBlank();
        }
    }

    public record Capaciteit(String soort, String deel, String minuten, String per, String toelichting) {
    }

    public record Afwijking(String minuten, String per, String motivering) {

        boolean ingevuld() {
            return !minuten.isBlank() || !motivering.isBlank();
        }
    }

    /** The task's fields, or empty ones when it was not posted. */
    public Taak taak(int t) {
        return taken.getOrDefault(t, GEEN_TAAK);
    }

    public boolean gekozen() {
        return !normenkader.isBlank();
    }

    static Normeringvelden van(Aanvraagformulier.Velden v, String prefix) {
        SortedMap<Integer, Taak> taken = new TreeMap<>();
        for (int t : v.indices(prefix + "taken")) {
            String p = prefix + "taken[" + t + "].";
            SortedMap<Integer, Factor> factoren = new TreeMap<>();
            for (int f : v.indices(p + "factoren")) {
                String q = p + "factoren[" + f + "].";
                factoren.put(f, new Factor(v.aan(q + "gekozen"), v.get(q + "aantal"), v.get(q + "waarde")));
            }
            String c = p + "capaciteit[0].";
            taken.put(t, new Taak(v.aan(p + "gekozen"), v.get(p + "ritme"), v.aan(p + "referentie"), v.get(p + "keer"),
                    v.get(p + "per"), factoren,
                    new Capaciteit(v.get(c + "soort"), v.get(c + "deel"), v.get(c + "minuten"), v.get(c + "per"),
                            v.get(c + "toelichting")),
                    new Afwijking(v.get(p + "afwijking.minuten"), v.get(p + "afwijking.per"),
                            v.get(p + "afwijking.motivering"))));
        }
        return new Normeringvelden(v.get(prefix + "normenkader"), taken);
    }

    /** For tests and callers that build one by hand. */
    static Normeringvelden van(Map<String, String[]> parameters, String prefix) {
        return van(new Aanvraagformulier.Velden(parameters), prefix);
    }
}
