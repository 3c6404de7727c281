package nl.indiceer.web.sturing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import nl.indiceer.beschikking.Beschikkingsoort;

/**
 * The commitment lines of one client's decisions: every granted line, cut to what later decisions leave of it. The
 * decisions are applied in the order they were made, as the allocation timeline does
 * ({@code Toewijzingstijdlijn}): a WIJZIGING or VERLENGING line takes over its allocation from its own begin date
 * (with its own volume and cost, so the earlier line stops the day before), a BEEINDIGING ends the allocation at
 * its end date, an INTREKKING removes it as if never granted. A refused line commits nothing. Pure: no Spring.
 */
public final class LopendeVerplichtingen {

    private LopendeVerplichtingen() {
    }

    /**
     * @param wet the law of a line's product under its decision's rulebook ({@code jeugdwet}, {@code wmo}), looked up
     *            by the caller: (decision, product code) to law
     */
    public static List<Verplichtingsregel> van(List<Besluitdocument> besluiten,
                                               BiFunction<Besluitdocument, String, String> wet) {
        List<Besluitdocument> volgorde = new ArrayList<>(besluiten);
        volgorde.sort(Comparator.comparing(Besluitdocument::moment).thenComparing(Besluitdocument::kenmerk));
        Map<String, List<Verplichtingsregel>> perToewijzing = new LinkedHashMap<>();
        for (Besluitdocument b : volgorde) {
            for (Besluitdocument.Regel r : b.regels()) {
                if (!r.toegekend()) {
                    continue;
                }
                Verplichtingsregel nieuw = new Verplichtingsregel(b.gemeente(), wet.apply(b, r.product()), r.product(),
                        r.productnaam(), r.aanbieder(), b.clientId(), r.begin(), r.eind(), r.kosten(), r.begin(), r.eind(),
                        r.toewijzing(), b.besluitnemer());
                List<Verplichtingsregel> stukken = perToewijzing.get(r.toewijzing());
                if (b.soort() == Beschikkingsoort.EERSTE) {
                    perToewijzing.putIfAbsent(r.toewijzing(), new ArrayList<>(List.of(nieuw)));
                } else if (stukken != null) {
                    switch (b.soort()) {
                        case WIJZIGING, VERLENGING -> {
                            kapAf(stukken, r.begin().minusDays(1));
                            stukken.add(nieuw);
                        }
                        case BEEINDIGING -> kapAf(stukken, r.eind());
                        case INTREKKING -> stukken.clear();
                        case EERSTE -> throw new IllegalStateException();
                    }
                }
            }
        }
        List<Verplichtingsregel> uit = new ArrayList<>();
        perToewijzing.values().forEach(uit::addAll);
        return uit;
    }

    /** Keeps only what runs up to and including {@code eind}. */
    private static void kapAf(List<Verplichtingsregel> stukken, LocalDate eind) {
        stukken.replaceAll(s -> s.eind().isAfter(eind) ? s.tussen(s.begin(), eind) : s);
        stukken.removeIf(s -> !s.loopt());
    }
}
