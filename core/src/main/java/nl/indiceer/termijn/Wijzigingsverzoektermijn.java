package nl.indiceer.termijn;

import java.time.LocalDate;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Termijnregels;

/**
 * Whether a provider's 317 arrived as early before the change as the region asks ({@code
 * termijnen.wijzigingsverzoek_vooraf}; Flevoland: Basis Begeleiding 8 weeks, 002:376-380, Multi 10 working days,
 * 002:439-440). Both are advice in the source: a late 317 is flagged on the list, never refused.
 */
public final class Wijzigingsverzoektermijn {

    private Wijzigingsverzoektermijn() {
    }

    /**
     * The flag for a 317 received on {@code ontvangen} asking for a change of {@code product} from {@code ingang}, or
     * null when it came in time or the region has no rule for the product. Its date is the last day the 317 should
     * have arrived: {@code ingang} minus the weeks, or the working day that many working days before {@code ingang}.
     */
    public static Termijn teLaat(Regeling regeling, String product, LocalDate ingang, LocalDate ontvangen, String verzoek,
                                 String aanbieder, Werkdagkalender kalender) {
        Termijnregels.WijzigingsverzoekVooraf r = regeling == null || product == null ? null
                : regeling.termijnregels().wijzigingsverzoek(product);
        if (r == null || ingang == null) {
            return null;
        }
        LocalDate uiterlijk = r.weken() != null ? ingang.minusWeeks(r.weken()) : voorWerkdagen(ingang, r.werkdagen(), kalender);
        if (!ontvangen.isAfter(uiterlijk)) {
            return null;
        }
        return new Termijn(Termijnsoort.WIJZIGINGSVERZOEK_TE_LAAT, uiterlijk, verzoek, product, aanbieder, r.bron());
    }

    /** The working day {@code n} working days before {@code dag} (the day itself does not count). */
    static LocalDate voorWerkdagen(LocalDate dag, int n, Werkdagkalender kalender) {
        LocalDate d = dag;
        int geteld = 0;
        while (geteld < n) {
            d = d.minusDays(1);
            if (kalender.isWerkdag(d)) {
                geteld++;
            }
        }
        return d;
    }
}
