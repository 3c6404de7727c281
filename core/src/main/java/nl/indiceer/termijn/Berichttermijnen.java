package nl.indiceer.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.regeling.Bron;

/**
 * The deadlines of the message traffic, national rules of iJw and iWmo 3.2 (the same in every region, so they are
 * here and not in a rulebook), counted in working days of the {@link Werkdagkalender}:
 * <ul>
 * <li>OP274: the municipality answers a 315 within 5 working days after receiving it;</li>
 * <li>OP346: the municipality answers a 317 within 5 working days after receiving it;</li>
 * <li>OP271: the provider sends a 305 within 5 working days after the help started;</li>
 * <li>OP272: the provider sends a 307 within 5 working days after the help ended.</li>
 * </ul>
 * "Binnen 5 werkdagen na" counts from the day after (the day of receipt or start does not count). For the 305 the
 * allocation's Ingangsdatum stands in for the real start, which only the 305 itself tells; for the 307 its
 * Einddatum.
 */
public final class Berichttermijnen {

    public static final int WERKDAGEN = 5;

    static final Bron OP274 = Bron.document("OP274", "iStandaarden iJw/iWmo 3.2, OP274", "ijw/regels/bedrijfsregels/OP274.md");
    static final Bron OP346 = Bron.document("OP346", "iStandaarden iJw/iWmo 3.2, OP346", "ijw/regels/bedrijfsregels/OP346.md");
    static final Bron OP271 = Bron.document("OP271", "iStandaarden iJw/iWmo 3.2, OP271", "ijw/regels/bedrijfsregels/OP271.md");
    static final Bron OP272 = Bron.document("OP272", "iStandaarden iJw/iWmo 3.2, OP272", "ijw/regels/bedrijfsregels/OP272.md");

    private Berichttermijnen() {
    }

    /**
     * The answer a received request is due by.
     *
     * @param nummer   "315" or "317"
     * @param verzoek  what the deadline is about (shown as its "toewijzing": the message's reference)
     */
    public static Termijn antwoord(String nummer, LocalDate ontvangen, String verzoek, String aanbieder,
                                   Werkdagkalender kalender) {
        boolean wijziging = "317".equals(nummer);
        if (!wijziging && !"315".equals(nummer)) {
            throw new IllegalArgumentException("alleen een 315 of 317 vraagt om antwoord: " + nummer);
        }
        return new Termijn(wijziging ? Termijnsoort.VERZOEK_OM_WIJZIGING_BEANTWOORDEN : Termijnsoort.VERZOEK_OM_TOEWIJZING_BEANTWOORDEN,
                kalender.naWerkdagen(ontvangen, WERKDAGEN), verzoek, null, aanbieder, wijziging ? OP346 : OP274);
    }

    /**
     * The 305s and 307s still missing for a client's allocations that were sent in a 301, due up to {@code tot}
     * (overdue ones too: they stay until the message comes; {@code vandaag} is for the caller's reading of them).
     *
     * @param verstuurd ids of the allocations sent in a 301
     * @param gestart   ids of the allocations a 305 was received for
     * @param gestopt   ids of the allocations a 307 was received for
     */
    public static List<Termijn> startEnStop(List<LopendeToewijzing> toewijzingen, Set<String> verstuurd, Set<String> gestart,
                                            Set<String> gestopt, LocalDate vandaag, LocalDate tot, Werkdagkalender kalender) {
        List<Termijn> uit = new ArrayList<>();
        for (LopendeToewijzing t : toewijzingen) {
            if (!verstuurd.contains(t.id())) {
                continue;
            }
            if (!gestart.contains(t.id())) {
                LocalDate uiterlijk = kalender.naWerkdagen(t.looptijd().begindatum(), WERKDAGEN);
                if (!uiterlijk.isAfter(tot)) {
                    uit.add(new Termijn(Termijnsoort.STARTBERICHT_VERWACHT, uiterlijk, t.id(), t.product(), t.aanbieder(), OP271));
                }
            }
            if (!gestopt.contains(t.id())) {
                LocalDate uiterlijk = kalender.naWerkdagen(t.looptijd().einddatum(), WERKDAGEN);
                if (!uiterlijk.isAfter(tot)) {
                    uit.add(new Termijn(Termijnsoort.STOPBERICHT_VERWACHT, uiterlijk, t.id(), t.product(), t.aanbieder(), OP272));
                }
            }
        }
        return uit;
    }
}
