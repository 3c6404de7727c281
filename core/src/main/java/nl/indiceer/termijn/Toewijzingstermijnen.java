package nl.indiceer.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Garantiefase;
import nl.indiceer.regeling.Regeling;

/**
 * The deadlines that follow from a client's allocations alone: the ones that end within the coming period, and the
 * garantiefases still running after an allocation ended (where the region's rulebook has one: its months and its
 * products are data, {@code garantiefase} in the rulebook).
 */
public final class Toewijzingstermijnen {

    private Toewijzingstermijnen() {
    }

    /**
     * @param toewijzingen every allocation of one client over its whole life ({@code Toewijzingstijdlijn.alle()})
     * @param regeling     the rulebook of the client's region in force today; null when none is loaded
     * @param tot          the last day of the period looked ahead (inclusive)
     */
    public static List<Termijn> van(List<LopendeToewijzing> toewijzingen, Regeling regeling, LocalDate vandaag,
                                    LocalDate tot) {
        Garantiefase garantie = regeling == null || regeling.tijdsverloop() == null ? null
                : regeling.tijdsverloop().garantiefase();
        List<Termijn> uit = new ArrayList<>();
        for (LopendeToewijzing t : toewijzingen) {
            LocalDate eind = t.looptijd().einddatum();
            if (!eind.isBefore(vandaag) && !eind.isAfter(tot)) {
                uit.add(new Termijn(Termijnsoort.TOEWIJZING_EINDIGT, eind, t.id(), t.product(), t.aanbieder(), null));
            }
            if (garantie != null && eind.isBefore(vandaag) && garantie.segment(t.product()) != null) {
                LocalDate laatste = eind.plusMonths(garantie.maanden());
                if (!laatste.isBefore(vandaag)) {
                    uit.add(new Termijn(Termijnsoort.GARANTIEFASE_EINDIGT, laatste, t.id(), t.product(), t.aanbieder(),
                            garantie.bron()));
                }
            }
        }
        uit.sort(Comparator.comparing(Termijn::datum).thenComparing(Termijn::toewijzing));
        return uit;
    }
}
