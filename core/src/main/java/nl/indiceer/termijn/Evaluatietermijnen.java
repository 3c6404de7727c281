package nl.indiceer.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Termijnregels;

/**
 * The evaluation moments of a client's allocations, by the region's rule ({@code termijnen.evaluatie} in the rulebook:
 * the product, counted from the begin or the end, the months). The application records no evaluation held, so a
 * moment is listed from the period looked ahead up to its own day and not after it (it would stay forever).
 */
public final class Evaluatietermijnen {

    private Evaluatietermijnen() {
    }

    /**
     * @param regeling the rulebook of the client's region in force today; null or without the rule: none
     * @param tot      the last day of the period looked ahead (inclusive)
     */
    public static List<Termijn> van(List<LopendeToewijzing> toewijzingen, Regeling regeling, LocalDate vandaag,
                                    LocalDate tot) {
        List<Termijn> uit = new ArrayList<>();
        if (regeling == null) {
            return uit;
        }
        for (LopendeToewijzing t : toewijzingen) {
            Termijnregels.Evaluatie e = regeling.termijnregels().evaluatie(t.product());
            if (e == null) {
                continue;
            }
            LocalDate van = e.vanaf() == Termijnregels.Vanaf.BEGIN ? t.looptijd().begindatum() : t.looptijd().einddatum();
            LocalDate datum = van.plusMonths(e.maanden());
            if (!datum.isBefore(vandaag) && !datum.isAfter(tot)) {
                uit.add(new Termijn(Termijnsoort.EVALUATIEMOMENT, datum, t.id(), t.product(), t.aanbieder(), e.bron()));
            }
        }
        return uit;
    }
}
