package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Bron;

/**
 * One version of a normenkader: tasks with norm times and adjustment factors, from a source, in force
 * from {@code geldigVanaf} up to and including {@code geldigTot} (null: open-ended). Loaded from a YAML
 * file (docs/normenkader-formaat.md). Immutable once loaded.
 *
 * @param wekenPerJaar    to convert a yearly norm to a week (default 52)
 * @param ontbreekt       what this file lacks compared to the source (shown in every result)
 * @param factoren        factors that apply to every task (a task's own factors come first)
 */
public record Normenkader(String id, String naam, String wet, Normstatus status, LocalDate geldigVanaf,
                          LocalDate geldigTot, Bron bron, String opmerking, String ontbreekt, String onduidelijk,
                          String bestand, BigDecimal wekenPerJaar, Bron wekenPerJaarBron,
                          List<Bron> bronnen, List<Taak> taken, List<Factor> factoren) {

    public static final BigDecimal STANDAARD_WEKEN_PER_JAAR = BigDecimal.valueOf(52);

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(geldigVanaf) && (geldigTot == null || !datum.isAfter(geldigTot));
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
