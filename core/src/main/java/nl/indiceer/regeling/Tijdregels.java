package nl.indiceer.regeling;

import java.util.List;

/**
 * The combination rules about time and about facts the consultant states: declared facts, orders in time,
 * products that pause all other help, and scaling down with an overlap.
 */
public record Tijdregels(List<Feit> feiten, List<Volgorde> volgorden, List<Pauze> pauzes,
                         List<Afschaling> afschalingen) {

    public static final Tijdregels GEEN = new Tijdregels(List.of(), List.of(), List.of(), List.of());

    public Tijdregels {
        feiten = Onveranderlijk.lijst(feiten);
        volgorden = Onveranderlijk.lijst(volgorden);
        pauzes = Onveranderlijk.lijst(pauzes);
        afschalingen = Onveranderlijk.lijst(afschalingen);
    }

    /** The declared fact with this name, or null. */
    public Feit feit(String naam) {
        for (Feit f : feiten) {
            if (f.naam().equals(naam)) {
                return f;
            }
        }
        return null;
    }
}
