package nl.indiceer.beschikking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.regeling.Financiering;

/**
 * Which allocations a client's decisions grant on a date. Decisions are applied in the order they were made (a change
 * always after the decision it changes):
 * <ul>
 * <li>EERSTE: each granted line starts an allocation, id {@code <kenmerk>/<regel>};</li>
 * <li>WIJZIGING: from the line's begin date the allocation has the line's volume (and product, provider, financing),
 *     up to the line's end date; before that date it keeps what it had;</li>
 * <li>VERLENGING: the end moves to the line's (later) end date, the volume stays;</li>
 * <li>BEEINDIGING: the end moves to the line's (earlier) end date; ended before it began, nothing is left;</li>
 * <li>INTREKKING: the allocation is removed, as if it had never been granted.</li>
 * </ul>
 * A refused line changes nothing; a line about an allocation that does not (or no longer) exist changes nothing.
 * The result is the engine's own {@link LopendeToewijzing}, so the combination checks, the extension rule and
 * OP259/OP043 work with what was really granted.
 */
public final class Toewijzingstijdlijn {

    /** One stretch of an allocation with one volume. */
    private record Stuk(String product, String aanbieder, Financiering financiering, LocalDate begin, LocalDate eind,
                        Omvang omvang) {

        Stuk tot(LocalDate nieuwEind) {
            return new Stuk(product, aanbieder, financiering, begin, nieuwEind, omvang);
        }

        boolean bevat(LocalDate d) {
            return !d.isBefore(begin) && !d.isAfter(eind);
        }
    }

    private static final class Toewijzing {
        final List<Stuk> stukken = new ArrayList<>();
        int verlengd;

        /** Keeps only what lies up to and including {@code eind}. */
        void kapAf(LocalDate eind) {
            stukken.removeIf(s -> s.begin().isAfter(eind));
            int laatste = stukken.size() - 1;
            if (laatste >= 0 && stukken.get(laatste).eind().isAfter(eind)) {
                stukken.set(laatste, stukken.get(laatste).tot(eind));
            }
        }
    }

    private final Map<String, Toewijzing> toewijzingen;

    private Toewijzingstijdlijn(Map<String, Toewijzing> toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    /**
     * The timeline of one client's decisions, in any order.
     *
     * @throws IllegalArgumentException when a decision names a previous one that is not among them
     */
    public static Toewijzingstijdlijn van(Collection<Tijdlijnbesluit> besluiten) {
        Map<String, Tijdlijnbesluit> perKenmerk = new HashMap<>();
        for (Tijdlijnbesluit b : besluiten) {
            if (perKenmerk.put(b.kenmerk(), b) != null) {
                throw new IllegalArgumentException("kenmerk twee keer: " + b.kenmerk());
            }
        }
        Map<String, Integer> diepte = new HashMap<>();
        for (Tijdlijnbesluit b : besluiten) {
            diepte.put(b.kenmerk(), diepte(b, perKenmerk));
        }
        List<Tijdlijnbesluit> volgorde = new ArrayList<>(besluiten);
        volgorde.sort(Comparator.comparing(Tijdlijnbesluit::moment).thenComparing(b -> diepte.get(b.kenmerk()))
                .thenComparing(Tijdlijnbesluit::kenmerk));
        Map<String, Toewijzing> toewijzingen = new LinkedHashMap<>();
        for (Tijdlijnbesluit b : volgorde) {
            for (Tijdlijnbesluit.Regel r : b.regels()) {
                if (r.toegekend()) {
                    pasToe(b.soort(), r, toewijzingen);
                }
            }
        }
        toewijzingen.values().removeIf(t -> t.stukken.isEmpty());
        return new Toewijzingstijdlijn(toewijzingen);
    }

    private static int diepte(Tijdlijnbesluit b, Map<String, Tijdlijnbesluit> perKenmerk) {
        int d = 0;
        Tijdlijnbesluit x = b;
        while (x.vorige() != null) {
            x = perKenmerk.get(x.vorige());
            if (x == null || ++d > perKenmerk.size()) {
                throw new IllegalArgumentException("de vorige beschikking van " + b.kenmerk() + " ontbreekt of is een kring");
            }
        }
        return d;
    }

    private static void pasToe(Beschikkingsoort soort, Tijdlijnbesluit.Regel r, Map<String, Toewijzing> toewijzingen) {
        LocalDate begin = r.looptijd().begindatum();
        LocalDate eind = r.looptijd().einddatum();
        if (soort == Beschikkingsoort.EERSTE) {
            Toewijzing t = new Toewijzing();
            t.stukken.add(new Stuk(r.product(), r.aanbieder(), r.financiering(), begin, eind, r.omvang()));
            toewijzingen.putIfAbsent(r.toewijzing(), t);
            return;
        }
        Toewijzing t = toewijzingen.get(r.toewijzing());
        if (t == null) {
            return;
        }
        switch (soort) {
            case WIJZIGING -> {
                t.kapAf(begin.minusDays(1));
                t.stukken.add(new Stuk(r.product(), r.aanbieder(), r.financiering(), begin, eind, r.omvang()));
            }
            case VERLENGING -> {
                if (!t.stukken.isEmpty()) {
                    int laatste = t.stukken.size() - 1;
                    if (eind.isAfter(t.stukken.get(laatste).eind())) {
                        t.stukken.set(laatste, t.stukken.get(laatste).tot(eind));
                        t.verlengd++;
                    }
                }
            }
            case BEEINDIGING -> t.kapAf(eind);
            case INTREKKING -> t.stukken.clear();
            case EERSTE -> throw new IllegalStateException();
        }
    }

    /** The allocations running on {@code datum}, each with the volume that holds on that date. */
    public List<LopendeToewijzing> lopendOp(LocalDate datum) {
        List<LopendeToewijzing> uit = new ArrayList<>();
        toewijzingen.forEach((id, t) -> t.stukken.stream().filter(s -> s.bevat(datum)).findFirst()
                .ifPresent(s -> uit.add(lopend(id, t, s))));
        return uit;
    }

    /**
     * The allocations a request on {@code peildatum} should know: each one as it holds on that date, or, when it does
     * not run then, as it ended last before it (the relapse rule looks back) or as it will start.
     */
    public List<LopendeToewijzing> voorAanvraag(LocalDate peildatum) {
        List<LopendeToewijzing> uit = new ArrayList<>();
        toewijzingen.forEach((id, t) -> {
            Stuk gekozen = null;
            for (Stuk s : t.stukken) {
                if (s.bevat(peildatum) || s.eind().isBefore(peildatum)) {
                    gekozen = s;
                }
            }
            uit.add(lopend(id, t, gekozen == null ? t.stukken.get(0) : gekozen));
        });
        return uit;
    }

    /**
     * Every allocation that exists (not withdrawn, not ended before it began) over its whole life: from its first
     * day to its last (after extensions and earlier ends), with the volume of its last stretch. What deadlines look at.
     */
    public List<LopendeToewijzing> alle() {
        List<LopendeToewijzing> uit = new ArrayList<>();
        toewijzingen.forEach((id, t) -> {
            Stuk eerste = t.stukken.get(0);
            Stuk laatste = t.stukken.get(t.stukken.size() - 1);
            uit.add(new LopendeToewijzing(id, laatste.product(), laatste.aanbieder(), laatste.financiering(),
                    new Looptijd(eerste.begin(), laatste.eind()), laatste.omvang(), t.verlengd));
        });
        return uit;
    }

    /** The ids of all allocations that exist (not withdrawn, not ended before they began), in the order they began. */
    public List<String> ids() {
        return List.copyOf(toewijzingen.keySet());
    }

    private static LopendeToewijzing lopend(String id, Toewijzing t, Stuk s) {
        return new LopendeToewijzing(id, s.product(), s.aanbieder(), s.financiering(), new Looptijd(s.begin(), s.eind()),
                s.omvang(), t.verlengd);
    }
}
