package nl.indiceer.beschikking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.toetsing.Bevinding;

/**
 * What may be decided: the rule that stands between a computed request and a decision.
 * <ul>
 * <li>Every line of the request gets a decision: toekennen or afwijzen (a refusal always has its reason, see
 *     {@link Regelbesluit.Afwijzing}).</li>
 * <li>A line with a FOUT finding cannot be granted unless the grant invokes the hardheidsclausule with a reason.</li>
 * <li>A granted line with a WAARSCHUWING needs a motivation. A refused line needs none beyond its reason: the reason
 *     is the motivation the letter gives.</li>
 * <li>A change (every soort but EERSTE) names, per line, the allocation it changes.</li>
 * </ul>
 *
 * <p>Findings that concern a line: the line's own, those across lines that name it (a combination), and those of the
 * request as a whole (they hold for every line).
 *
 * <p>The motivation lives <em>per line</em>, not per finding: the engine already asks one motivation per line
 * ({@code Onderbouwing.motivering}, checked by {@code Motiveringstoets}), the letter gives one "why" per line, and
 * findings are recomputed (their order and parameters may change with any edit of the request), so a motivation tied
 * to one finding could silently come loose. One reasoning per line that weighs all its warnings is what a consultant
 * writes and what a court reads.
 */
public final class Besluitregels {

    private Besluitregels() {
    }

    /**
     * Everything still missing before the request can be decided with these choices; empty when it can.
     *
     * @param keuzes per request line index (as in {@link Regeluitkomst#index()}); a line without an entry is undecided
     */
    public static List<Ontbrekend> ontbrekend(Uitkomst uitkomst, Beschikkingsoort soort, Map<Integer, Regelkeuze> keuzes) {
        List<Ontbrekend> uit = new ArrayList<>();
        if (uitkomst.regels().isEmpty()) {
            uit.add(Ontbrekend.van(Ontbrekend.Code.GEEN_REGELS, null));
        }
        for (Integer regel : keuzes.keySet()) {
            if (uitkomst.regels().stream().noneMatch(r -> r.index() == regel)) {
                uit.add(Ontbrekend.van(Ontbrekend.Code.REGEL_ONBEKEND, null, "regel", regel));
            }
        }
        for (Regeluitkomst r : uitkomst.regels()) {
            Regelkeuze k = keuzes.get(r.index());
            if (k == null || k.besluit() == null) {
                uit.add(Ontbrekend.van(Ontbrekend.Code.BESLUIT_ONTBREEKT, r.index()));
                continue;
            }
            uit.addAll(voorRegel(r.index(), k.besluit(), k.motivering(), bevindingen(uitkomst, r)));
            if (soort.verwijstNaarVorige() && (k.toewijzing() == null || k.toewijzing().isBlank())) {
                uit.add(Ontbrekend.van(Ontbrekend.Code.TOEWIJZING_ONTBREEKT, r.index()));
            }
        }
        return uit;
    }

    /** The rule for one line with its findings: what its decision still lacks. */
    public static List<Ontbrekend> voorRegel(int regel, Regelbesluit besluit, String motivering, List<Bevinding> bevindingen) {
        if (!(besluit instanceof Regelbesluit.Toekenning t)) {
            return List.of();
        }
        List<Ontbrekend> uit = new ArrayList<>(2);
        List<String> fouten = codes(bevindingen, Ernst.FOUT);
        if (!fouten.isEmpty() && !t.beroeptOpHardheidsclausule()) {
            uit.add(Ontbrekend.van(Ontbrekend.Code.HARDHEIDSCLAUSULE_NODIG, regel, "bevindingen", fouten));
        }
        List<String> waarschuwingen = codes(bevindingen, Ernst.WAARSCHUWING);
        if (!waarschuwingen.isEmpty() && !VeiligeTekst.heeftInhoud(motivering)) {
            uit.add(Ontbrekend.van(Ontbrekend.Code.MOTIVERING_NODIG, regel, "bevindingen", waarschuwingen));
        }
        return uit;
    }

    /** The findings that concern a line: its own, those across lines naming it, and those of the whole request. */
    public static List<Bevinding> bevindingen(Uitkomst uitkomst, Regeluitkomst regel) {
        List<Bevinding> uit = new ArrayList<>(regel.bevindingen());
        for (Bevinding b : uitkomst.bevindingen()) {
            if (b.regel() == null || b.betreft(regel.index())) {
                uit.add(b);
            }
        }
        return uit;
    }

    private static List<String> codes(List<Bevinding> bevindingen, Ernst ernst) {
        return bevindingen.stream().filter(b -> b.ernst() == ernst).map(b -> b.code().name()).distinct().toList();
    }
}
