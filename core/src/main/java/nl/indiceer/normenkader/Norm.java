package nl.indiceer.normenkader;

import java.util.List;

/**
 * The norm time of a task for one delivery rhythm: minutes or hours per occurrence (with the allowed
 * frequencies) or per period. A value the source does not give is not invented: {@code tijd} is then
 * null and {@code ontbreekt} says what is missing and where to find it.
 *
 * @param ritme      delivery rhythm (week, twee_weken, ...) or null when the source names none
 * @param voorwaarde when this norm applies (e.g. HHM 2025: two-weekly only with much own strength)
 */
public record Norm(Normperiode ritme, Tijd tijd, Normperiode per, List<Frequentie> frequenties, String voorwaarde,
                   String ontbreekt, Herkomst herkomst) {

    public Norm {
        frequenties = List.copyOf(frequenties);
    }

    public boolean perKeer() {
        return per == Normperiode.KEER;
    }

    public String ritmeTekst() {
        return ritme == null ? "(geen ritme)" : ritme.naam();
    }
}
