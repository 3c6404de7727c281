package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Adds up the committed cost of decision lines over a period of months: per month, per product, per provider and per
 * law. A line's cost over its own validity is spread over its days (pro rata by days) and each month gets the days of
 * it that run then. Cells based on fewer than {@link Kleinecellen#MINIMUM} clients are suppressed, and when exactly
 * one cell of a list is suppressed the next smallest is too, so that no cell follows from the total minus the
 * others. Pure: no Spring, no database.
 */
public final class Verplichtingen {

    /** The table data: every list sorted by key, and the total of the period. */
    public record Overzicht(YearMonth van, YearMonth tot, List<Cel> perMaand, List<Cel> perProduct,
                            List<Cel> perAanbieder, List<Cel> perWet, Cel totaal) {
    }

    private static final MathContext PRECISIE = MathContext.DECIMAL64;

    private Verplichtingen() {
    }

    /** @param van first month; @param tot last month (inclusive), not before {@code van} */
    public static Overzicht van(List<Verplichtingsregel> regels, YearMonth van, YearMonth tot) {
        if (tot.isBefore(van)) {
            throw new IllegalArgumentException("tot voor van");
        }
        Tellers maand = new Tellers();
        Tellers product = new Tellers();
        Tellers aanbieder = new Tellers();
        Tellers wet = new Tellers();
        Teller totaal = new Teller(null);
        for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
            maand.teller(m.toString(), m.toString()); // every month of the period is a row, also an empty one
        }
        for (Verplichtingsregel r : regels) {
            for (YearMonth m = van; !m.isAfter(tot); m = m.plusMonths(1)) {
                long dagen = overlap(r, m.atDay(1), m.atEndOfMonth());
                if (dagen == 0) {
                    continue;
                }
                BigDecimal deel = deel(r, dagen);
                maand.teller(m.toString(), m.toString()).tel(r.clientId(), deel);
                product.teller(r.product(), r.productnaam() == null ? r.product() : r.productnaam()).tel(r.clientId(), deel);
                aanbieder.teller(r.aanbieder(), r.aanbieder()).tel(r.clientId(), deel);
                wet.teller(r.wet(), r.wet()).tel(r.clientId(), deel);
                totaal.tel(r.clientId(), deel);
            }
        }
        return new Overzicht(van, tot, maand.cellen(), product.cellen(), aanbieder.cellen(), wet.cellen(), totaal.cel(null));
    }

    /** The days of the line that run within {@code begin} to {@code eind} (inclusive). */
    static long overlap(Verplichtingsregel r, LocalDate begin, LocalDate eind) {
        LocalDate a = r.begin().isAfter(begin) ? r.begin() : begin;
        LocalDate b = r.eind().isBefore(eind) ? r.eind() : eind;
        return b.isBefore(a) ? 0 : ChronoUnit.DAYS.between(a, b) + 1;
    }

    /** The cost of {@code dagen} days of the line; null when its cost is unknown. */
    static BigDecimal deel(Verplichtingsregel r, long dagen) {
        if (r.kosten() == null) {
            return null;
        }
        long eigen = ChronoUnit.DAYS.between(r.eigenBegin(), r.eigenEind()) + 1;
        return r.kosten().multiply(BigDecimal.valueOf(dagen)).divide(BigDecimal.valueOf(eigen), PRECISIE);
    }

    /** The raw sum of the cost of the lines within the dates, unsuppressed: for the forecast, which suppresses itself. */
    static BigDecimal som(List<Verplichtingsregel> regels, LocalDate begin, LocalDate eind) {
        BigDecimal som = BigDecimal.ZERO;
        for (Verplichtingsregel r : regels) {
            long dagen = overlap(r, begin, eind);
            BigDecimal deel = dagen == 0 ? null : deel(r, dagen);
            if (deel != null) {
                som = som.add(deel);
            }
        }
        return som;
    }

    private static final class Teller {
        final String naam;
        final Set<Long> clienten = new HashSet<>();
        BigDecimal bedrag = BigDecimal.ZERO;
        int zonderTarief;

        Teller(String naam) {
            this.naam = naam;
        }

        void tel(long client, BigDecimal deel) {
            clienten.add(client);
            if (deel == null) {
                zonderTarief++;
            } else {
                bedrag = bedrag.add(deel);
            }
        }

        Cel cel(String sleutel) {
            return !clienten.isEmpty() && Kleinecellen.teKlein(clienten.size()) ? onderdrukt(sleutel)
                    : new Cel(sleutel, naam, bedrag.setScale(2, RoundingMode.HALF_UP), clienten.size(), false, zonderTarief);
        }

        Cel onderdrukt(String sleutel) {
            return new Cel(sleutel, naam, null, null, true, 0);
        }
    }

    /** The counters of one list, by key (null = no provider named, sorted first). */
    private static final class Tellers {
        final Map<String, Teller> perSleutel = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));

        Teller teller(String sleutel, String naam) {
            return perSleutel.computeIfAbsent(sleutel, s -> new Teller(naam));
        }

        List<Cel> cellen() {
            List<Cel> uit = new ArrayList<>();
            perSleutel.forEach((s, t) -> uit.add(t.cel(s)));
            if (uit.stream().filter(Cel::onderdrukt).count() == 1) {
                // one suppressed cell would follow from the total minus the others: suppress the smallest other too
                uit.stream().filter(c -> !c.onderdrukt() && c.clienten() > 0).min(Comparator.comparing(Cel::clienten)
                                .thenComparing(Cel::bedrag))
                        .ifPresent(c -> uit.set(uit.indexOf(c), perSleutel.get(c.sleutel()).onderdrukt(c.sleutel())));
            }
            return uit;
        }
    }
}
