package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;

/**
 * When a product runs: a request line or a running allocation, for the rules about order in time. A running
 * allocation that a line extends, takes over or resumes is replaced by that line.
 *
 * @param regel the request line's index, or null for a running allocation
 * @param id    the running allocation's id, or null
 */
record Tijdvak(Integer regel, String id, Betrokkene wie, String product, LocalDate begin, LocalDate eind) {

    boolean overlapt(Tijdvak ander) {
        return !begin.isAfter(ander.eind) && !eind.isBefore(ander.begin);
    }

    /** The request lines and the running allocations they do not replace. */
    static List<Tijdvak> alle(Aanvraag aanvraag, Regeling regeling) {
        List<Tijdvak> uit = new ArrayList<>(aanvraag.producten().size() + aanvraag.lopendeToewijzingen().size());
        Set<String> vervangen = new HashSet<>();
        for (int i = 0; i < aanvraag.producten().size(); i++) {
            Productregel r = aanvraag.producten().get(i);
            if (r.soort() instanceof Regelsoort.Vervolg v) {
                vervangen.add(v.toewijzing());
            }
            uit.add(new Tijdvak(i, null, new Betrokkene(i, null, naam(regeling, r.product())), r.product(),
                    r.begindatum(), r.einddatum()));
        }
        for (LopendeToewijzing t : aanvraag.lopendeToewijzingen()) {
            if (t.id() == null || !vervangen.contains(t.id())) {
                uit.add(new Tijdvak(null, t.id(), new Betrokkene(null, t.id(), naam(regeling, t.product())), t.product(),
                        t.begindatum(), t.einddatum()));
            }
        }
        return uit;
    }

    private static String naam(Regeling regeling, String code) {
        Product p = regeling.product(code);
        return p == null ? code : p.naam();
    }
}
