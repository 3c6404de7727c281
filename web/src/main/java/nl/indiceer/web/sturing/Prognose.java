package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The forecast of a year per law: what the running decisions commit in the year, times the utilisation, plus the
 * expected inflow of new decisions in the months still to come, against the budget.
 * <ul>
 * <li>Utilisation: per line, the figure {@link Benutting} gives for its product: observed utilisation where there is
 *     enough data ({@link WaargenomenBenutting}), else the region's stated figure (rulebook key {@code benutting}, e.g.
 *     001:1796-1812), else 100%. Each law says which figures it took ({@link Regel#cijfers}); its {@code benutting} is
 *     the committed-cost-weighted share. The inflow is not multiplied: it is what new decisions commit.</li>
 * <li>Inflow: the cost per day of the first decisions made in the last {@link #INSTROOMMAANDEN} months, averaged per
 *     month, is what each coming month adds; a month's newcomers cost from the first of that month to the end of the
 *     year (their own end is not known yet).</li>
 * </ul>
 * A law based on fewer than {@link Kleinecellen#MINIMUM} clients is suppressed. Pure: no Spring, no database.
 */
public final class Prognose {

    public static final int INSTROOMMAANDEN = 3;

    /** 100%: the figure for a line without one, and what a suppressed law shows. */
    public static final BigDecimal BENUTTING = BigDecimal.ONE;

    /**
     * One law's forecast; amounts null when suppressed, budget null when none was entered.
     *
     * @param gerealiseerd realised cost of the law in the year: null here, filled in by {@link Rapportage} from the
     *                     approved, answered declarations (null when suppressed)
     * @param benutting    the committed-cost-weighted utilisation of the law's lines (4 decimals), 1 when nothing is committed
     * @param cijfers      the figures taken, each once, those with a source first; empty when suppressed
     */
    public record Regel(String wet, BigDecimal budget, BigDecimal vastgelegd, BigDecimal gerealiseerd,
                        BigDecimal benutting, BigDecimal instroom, BigDecimal prognose, boolean onderdrukt,
                        List<Benutting.Cijfer> cijfers) {

        public Regel {
            cijfers = List.copyOf(cijfers);
        }

        /** Budget minus forecast: negative is an expected overrun; null when either is unknown. */
        public BigDecimal ruimte() {
            return budget == null || prognose == null ? null : budget.subtract(prognose);
        }
    }

    private Prognose() {
    }

    /**
     * @param lopend   the commitment lines of the municipality
     * @param nieuw    the lines of its first decisions made in the last {@link #INSTROOMMAANDEN} months
     * @param budgets  per law the budget of the year (laws without a budget are absent)
     * @param vandaag  the forecast counts inflow from the month after this date up to the end of {@code jaar}
     */
    public static List<Regel> van(List<Verplichtingsregel> lopend, List<Verplichtingsregel> nieuw,
                                  Map<String, BigDecimal> budgets, int jaar, LocalDate vandaag) {
        return van(lopend, nieuw, budgets, jaar, vandaag, Benutting.HONDERD_PROCENT);
    }

    /** As above, each running line's committed cost multiplied by the utilisation {@code benutting} gives for it. */
    public static List<Regel> van(List<Verplichtingsregel> lopend, List<Verplichtingsregel> nieuw,
                                  Map<String, BigDecimal> budgets, int jaar, LocalDate vandaag, Benutting benutting) {
        LocalDate begin = LocalDate.of(jaar, 1, 1);
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        Set<String> wetten = new TreeSet<>(budgets.keySet());
        lopend.stream().filter(r -> Verplichtingen.overlap(r, begin, eind) > 0).forEach(r -> wetten.add(r.wet()));
        List<Regel> uit = new ArrayList<>();
        for (String wet : wetten) {
            List<Verplichtingsregel> vanWet = lopend.stream().filter(r -> wet.equals(r.wet())).toList();
            Set<Long> clienten = new HashSet<>();
            vanWet.stream().filter(r -> Verplichtingen.overlap(r, begin, eind) > 0).forEach(r -> clienten.add(r.clientId()));
            BigDecimal budget = budgets.get(wet);
            if (!clienten.isEmpty() && Kleinecellen.teKlein(clienten.size())) {
                uit.add(new Regel(wet, budget, null, null, BENUTTING, null, null, true, List.of()));
                continue;
            }
            BigDecimal vastgelegd = BigDecimal.ZERO;
            BigDecimal benut = BigDecimal.ZERO;
            java.util.LinkedHashSet<Benutting.Cijfer> cijfers = new java.util.LinkedHashSet<>();
            for (Verplichtingsregel r : vanWet) {
                BigDecimal kosten = Verplichtingen.som(List.of(r), begin, eind);
                if (Verplichtingen.overlap(r, begin, eind) <= 0) {
                    continue;
                }
                Benutting.Cijfer c = benutting.voor(r);
                cijfers.add(c);
                vastgelegd = vastgelegd.add(kosten);
                benut = benut.add(kosten.multiply(c.aandeel()));
            }
            BigDecimal instroom = instroom(nieuw.stream().filter(r -> wet.equals(r.wet())).toList(), jaar, vandaag);
            BigDecimal prognose = benut.add(instroom);
            BigDecimal gewogen = vastgelegd.signum() == 0 ? BENUTTING
                    : benut.divide(vastgelegd, 4, RoundingMode.HALF_UP);
            List<Benutting.Cijfer> genomen = cijfers.stream()
                    .sorted(java.util.Comparator.comparing(c -> c.herkomst() == Benutting.Herkomst.GEEN)).toList();
            uit.add(new Regel(wet, budget, euro(vastgelegd), null, gewogen, euro(instroom), euro(prognose), false, genomen));
        }
        return uit;
    }

    /** The expected cost of the newcomers of the months after {@code vandaag} up to the end of the year. */
    static BigDecimal instroom(List<Verplichtingsregel> nieuw, int jaar, LocalDate vandaag) {
        BigDecimal perDag = BigDecimal.ZERO;
        for (Verplichtingsregel r : nieuw) {
            BigDecimal dag = Verplichtingen.deel(r, 1);
            if (dag != null) {
                perDag = perDag.add(dag);
            }
        }
        BigDecimal perMaand = perDag.divide(BigDecimal.valueOf(INSTROOMMAANDEN), java.math.MathContext.DECIMAL64);
        LocalDate eind = LocalDate.of(jaar, 12, 31);
        long dagen = 0;
        for (YearMonth m = YearMonth.from(vandaag).plusMonths(1); m.getYear() <= jaar; m = m.plusMonths(1)) {
            if (m.getYear() == jaar) {
                dagen += ChronoUnit.DAYS.between(m.atDay(1), eind) + 1;
            }
        }
        return perMaand.multiply(BigDecimal.valueOf(dagen));
    }

    private static BigDecimal euro(BigDecimal b) {
        return b.setScale(2, RoundingMode.HALF_UP);
    }
}
