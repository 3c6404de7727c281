package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Constante;

/**
 * One version of a normenkader: tasks with norm times and adjustment factors, from a source, in force
 * for its {@link Geldigheid}. Loaded from a YAML file (docs/normenkader-formaat.md). Deeply immutable once
 * loaded: the lists are copies that refuse changes, so a loaded normenkader can be shared between threads.
 *
 * @param ontbreekt    what this file lacks compared to the source (shown in every result)
 * @param wekenPerJaar to convert a yearly norm to a week (default 52, then without source)
 * @param bronnen      the declared source documents ({@link Bron#document})
 * @param factoren     factors that apply to every task (a task's own factors come first)
 */
public record Normenkader(Identiteit identiteit, Normstatus status, Geldigheid geldigheid, Herkomst herkomst,
                          String ontbreekt, Constante wekenPerJaar, List<Bron> bronnen, List<Taak> taken,
                          List<Factor> factoren) {

    public static final BigDecimal STANDAARD_WEKEN_PER_JAAR = BigDecimal.valueOf(52);

    public Normenkader {
        bronnen = List.copyOf(bronnen);
        taken = List.copyOf(taken);
        factoren = List.copyOf(factoren);
    }

    /** Short for {@code identiteit().id()}: the id every version shares. */
    public String id() {
        return identiteit.id();
    }

    public boolean geldigOp(LocalDate datum) {
        return geldigheid.geldigOp(datum);
    }

    public Taak taak(String code) {
        for (Taak t : taken) {
            if (t.code().equals(code)) {
                return t;
            }
        }
        return null;
    }

    /** A factor of the task, or a general one. */
    public Factor factor(Taak taak, String code) {
        for (Factor f : taak.factoren()) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        for (Factor f : factoren) {
            if (f.code().equals(code)) {
                return f;
            }
        }
        return null;
    }

    /** Every factor that may be used for the task: its own first, then the general ones. */
    public List<Factor> factoren(Taak taak) {
        List<Factor> alle = new ArrayList<>(taak.factoren());
        alle.addAll(factoren);
        return alle;
    }
}
