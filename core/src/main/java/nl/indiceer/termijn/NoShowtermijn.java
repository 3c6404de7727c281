package nl.indiceer.termijn;

import java.time.LocalDate;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Termijnregels;

/**
 * The municipality's decision after the provider reported a client's third no-show: whether the allocation continues,
 * due the region's number of calendar weeks after the report ({@code termijnen.no_show_besluit}; Flevoland: 3 weeks,
 * 002:1774-1780). The report comes by e-mail, not as a message: the consultant records its date.
 */
public final class NoShowtermijn {

    private NoShowtermijn() {
    }

    /** The deadline, or null when the region has no such rule. */
    public static Termijn besluit(Regeling regeling, LocalDate gemeld, String toewijzing, String product, String aanbieder) {
        Termijnregels.NoShowBesluit r = regeling == null ? null : regeling.termijnregels().noShowBesluit();
        if (r == null) {
            return null;
        }
        return new Termijn(Termijnsoort.NO_SHOW_BESLUIT, gemeld.plusWeeks(r.weken()), toewijzing, product, aanbieder,
                r.bron());
    }
}
