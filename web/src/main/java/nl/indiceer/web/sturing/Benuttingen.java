package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Realised cost beside committed cost, and the utilisation (realised ÷ committed), per month (the trend), product,
 * provider, law and consultant over a period of months. Committed cost is counted as {@link Verplichtingen} does (pro
 * rata by days); realised cost is the approved prestaties of answered declarations in the month they lie in, credits
 * subtracting. A prestatie counts for the product, provider, law and consultant of the decision line of its allocation
 * in that month; one whose allocation is not known counts with its own product, provider and law and no consultant.
 * A cell based on fewer than {@link Kleinecellen#MINIMUM} distinct clients (committed and realised together) is
 * suppressed, and when exactly one cell of a list is, the smallest other non-empty one is too. Pure: no Spring.
 */
public final class Benuttingen {

    /** The lists, sorted by key, and the total of the period. */
    public record Overzicht(List<Benuttingscel> perMaand, List<Benuttingscel> perProduct,
                            List<Benuttingscel> perAanbieder, List<Benuttingscel> perWet,
                            List<Benuttingscel> perConsulent, Benuttingscel totaal) {
    }

    private Benuttingen() {
    }

    public static Overzicht van(List<Verplichtingsregel> lopend, List<Realisatieregel> gerealiseerd, YearMonth van,
                                YearMonth tot) {
        Tellers maand = new Tellers();
        Tellers product = new Tellers();
        Tellers aanbieder = new Tellers();
        Tellers wet = new Tellers();
        Tellers consulent = new Tellers();
        Teller totaal = new Teller(null);
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maand.teller(m.toString(), m.toString());
        }
        for (Verplichtingsregel r : lopend) {
            for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                long dagen = Verplichtingen.overlap(r, m.atDay(1), m.atEndOfMonth());
                if (dagen == 0) {
                    continue;
                }
                BigDecimal deel = Verplichtingen.deel(r, dagen);
                BigDecimal bedrag = deel == null ? BigDecimal.ZERO : deel;
                for (Teller t : List.of(maand.teller(m.toString(), m.toString()), product.teller(r.product(), naam(r)),
                        aanbieder.teller(r.aanbieder(), r.aanbieder()), wet.teller(r.wet(), r.wet()),
                        consulent.teller(r.consulent(), r.consulent()), totaal)) {
                    t.vastgelegd(r.clientId(), bedrag);
                }
            }
        }
        Map<String, List<Verplichtingsregel>> perToewijzing = new HashMap<>();
        lopend.stream().filter(r -> r.toewijzing() != null)
                .forEach(r -> perToewijzing.computeIfAbsent(r.toewijzing(), k -> new ArrayList<>()).add(r));
        for (Realisatieregel g : gerealiseerd) {
            if (g.maand().isBefore(van) || g.maand().isAfter(tot)) {
                continue;
            }
            Verplichtingsregel r = regelVan(perToewijzing.get(g.toewijzing()), g.maand());
            String m = g.maand().toString();
            for (Teller t : List.of(maand.teller(m, m),
                    r == null ? product.teller(g.product(), g.product()) : product.teller(r.product(), naam(r)),
                    r == null ? aanbieder.teller(g.aanbieder(), g.aanbieder()) : aanbieder.teller(r.aanbieder(), r.aanbieder()),
                    r == null ? wet.teller(g.wet(), g.wet()) : wet.teller(r.wet(), r.wet()),
                    r == null ? consulent.teller(null, null) : consulent.teller(r.consulent(), r.consulent()), totaal)) {
                t.gerealiseerd(g.clientId(), g.bedrag());
            }
        }
        return new Overzicht(maand.cellen(), product.cellen(), aanbieder.cellen(), wet.cellen(), consulent.cellen(),
                totaal.cel(null));
    }

    /**
     * The decision line of an allocation a prestatie of {@code maand} belongs to: the piece running in that month (the
     * latest if several do), else the last piece; null when the allocation has no running line.
     */
    static Verplichtingsregel regelVan(List<Verplichtingsregel> stukken, YearMonth maand) {
        if (stukken == null || stukken.isEmpty()) {
            return null;
        }
        Verplichtingsregel gekozen = null;
        for (Verplichtingsregel s : stukken) {
            if (Verplichtingen.overlap(s, maand.atDay(1), maand.atEndOfMonth()) > 0) {
                gekozen = s;
            }
        }
        return gekozen != null ? gekozen : stukken.get(stukken.size() - 1);
    }

    /** realised ÷ committed with 4 decimals; null when nothing is committed. */
    static BigDecimal benutting(BigDecimal gerealiseerd, BigDecimal vastgelegd) {
        return vastgelegd.signum() == 0 ? null : gerealiseerd.divide(vastgelegd, 4, RoundingMode.HALF_UP);
    }

    private static String naam(Verplichtingsregel r) {
        return r.productnaam() == null ? r.product() : r.productnaam();
    }

    private static final class Teller {
        final String naam;
        final Set<Long> clienten = new HashSet<>();
        BigDecimal vastgelegd = BigDecimal.ZERO;
        BigDecimal gerealiseerd = BigDecimal.ZERO;

        Teller(String naam) {
            this.naam = naam;
        }

        void vastgelegd(long client, BigDecimal bedrag) {
            clienten.add(client);
            vastgelegd = vastgelegd.add(bedrag);
        }

        void gerealiseerd(long client, BigDecimal bedrag) {
            clienten.add(client);
            gerealiseerd = gerealiseerd.add(bedrag);
        }

        Benuttingscel cel(String sleutel) {
            if (!clienten.isEmpty() && Kleinecellen.teKlein(clienten.size())) {
                return onderdrukt(sleutel);
            }
            BigDecimal v = vastgelegd.setScale(2, RoundingMode.HALF_UP);
            BigDecimal g = gerealiseerd.setScale(2, RoundingMode.HALF_UP);
            return new Benuttingscel(sleutel, naam, v, g, benutting(gerealiseerd, vastgelegd), clienten.size(), false);
        }

        Benuttingscel onderdrukt(String sleutel) {
            return new Benuttingscel(sleutel, naam, null, null, null, null, true);
        }
    }

    private static final class Tellers {
        final Map<String, Teller> perSleutel = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));

        Teller teller(String sleutel, String naam) {
            return perSleutel.computeIfAbsent(sleutel, s -> new Teller(naam));
        }

        List<Benuttingscel> cellen() {
            List<Benuttingscel> uit = new ArrayList<>();
            perSleutel.forEach((s, t) -> uit.add(t.cel(s)));
            if (uit.stream().filter(Benuttingscel::onderdrukt).count() == 1) {
                // one suppressed cell would follow from the total minus the others: suppress the smallest other too
                uit.stream().filter(c -> !c.onderdrukt() && c.clienten() > 0)
                        .min(Comparator.comparing(Benuttingscel::clienten).thenComparing(Benuttingscel::vastgelegd))
                        .ifPresent(c -> uit.set(uit.indexOf(c), perSleutel.get(c.sleutel()).onderdrukt(c.sleutel())));
            }
            return uit;
        }
    }
}
