package nl.indiceer.regeling;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Unmodifiable copies for the records of the rulebook model: a loaded rulebook is shared between threads. */
final class Onveranderlijk {

    private Onveranderlijk() {
    }

    /** An unmodifiable copy; null becomes the empty list. */
    static <T> List<T> lijst(List<T> lijst) {
        return lijst == null ? List.of() : List.copyOf(lijst);
    }

    /** An unmodifiable copy that keeps the order WEEK, MAAND, TOTAAL; null becomes the empty set. */
    static Set<Periode> perioden(Set<Periode> perioden) {
        EnumSet<Periode> kopie = EnumSet.noneOf(Periode.class);
        if (perioden != null) {
            kopie.addAll(perioden);
        }
        return Collections.unmodifiableSet(kopie);
    }
}
