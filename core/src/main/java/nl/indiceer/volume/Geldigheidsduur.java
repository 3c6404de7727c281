package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Periode;

/**
 * The length of an allocation, from its start date up to and including its end date, as exact fractions:
 * in months (whole calendar months plus the days left ÷ the length of the month they fall in) and in
 * weeks (see {@link #van(LocalDate, LocalDate, Breuk)}). {@link #maanden()} and {@link #weken()} give the
 * same values as decimals (16 digits), for display and for comparing with a maximum duration.
 */
public final class Geldigheidsduur {

    /** The precision of the decimal views {@link #maanden()} and {@link #weken()}. */
    public static final MathContext MC = MathContext.DECIMAL64;

    private final long dagen;
    private final long heleMaanden;
    private final Breuk maandenExact;
    private final Breuk wekenExact;
    /** Decimal views, computed when first asked (a benign race: BigDecimal is immutable). */
    private BigDecimal maanden;
    private BigDecimal weken;

    private Geldigheidsduur(long dagen, long heleMaanden, Breuk maanden, Breuk weken) {
        this.dagen = dagen;
        this.heleMaanden = heleMaanden;
        this.maandenExact = maanden;
        this.wekenExact = weken;
    }

    /** As {@link #van(LocalDate, LocalDate, Breuk)}, with weeks per year as a decimal (taken exactly). */
    public static Geldigheidsduur van(LocalDate begin, LocalDate eind, BigDecimal wekenPerJaar) {
        return van(begin, eind, Breuk.van(wekenPerJaar));
    }

    /**
     * The validity from begin up to and including eind. Weeks are counted as follows (the table in
     * docs/aanvraag-formaat.md, "Weken en maanden"):
     * <ol>
     * <li>whole calendar months count weeks per year ÷ 12 weeks each (52/12: a quarter is 13 weeks, a year
     *     52, as seed 000 counts, 000:258), the days left count days ÷ 7 (7 days are one week in any month);</li>
     * <li>but never fewer than the whole weeks in the period and never more than the weeks begun: a period of
     *     a whole number of weeks (84 days) counts exactly that many weeks (12), whatever the months.</li>
     * </ol>
     * One more day never gives fewer weeks or months.
     */
    public static Geldigheidsduur van(LocalDate begin, LocalDate eind, Breuk wekenPerJaar) {
        Opdeling o = opdeling(begin, eind);
        long dagen = ChronoUnit.DAYS.between(begin, eind) + 1;
        Breuk naarMaanden = o.heel() == 0 ? Breuk.van(o.restDagen(), 7)
                : Breuk.van(o.heel()).maal(wekenPerJaar).gedeeldDoor(12).plus(Breuk.van(o.restDagen(), 7));
        Breuk heleWeken = Breuk.van(Math.floorDiv(dagen, 7));
        Breuk begonnenWeken = Breuk.van(Math.floorDiv(dagen + 6, 7));
        Breuk weken = naarMaanden.compareTo(heleWeken) < 0 ? heleWeken
                : naarMaanden.compareTo(begonnenWeken) > 0 ? begonnenWeken : naarMaanden;
        return new Geldigheidsduur(dagen, o.heel(), o.maanden(), weken);
    }

    /** Calendar days from begin up to and including eind. */
    public long dagen() {
        return dagen;
    }

    /** Whole calendar months from begin (see {@link #maanden(LocalDate, LocalDate)}). */
    public long heleMaanden() {
        return heleMaanden;
    }

    /** The months, exactly: 2 + 15/30 for 1 Jan up to and including 15 March. */
    public Breuk exacteMaanden() {
        return maandenExact;
    }

    /** The weeks, exactly: 13 for a quarter, 12 for 84 days. */
    public Breuk exacteWeken() {
        return wekenExact;
    }

    /** How many periods of {@code periode} the validity holds: weeks, months, or 1 for TOTAAL. */
    public Breuk aantal(Periode periode) {
        return switch (periode) {
            case WEEK -> wekenExact;
            case MAAND -> maandenExact;
            case TOTAAL -> Breuk.EEN;
        };
    }

    /** {@link #exacteMaanden()} as a decimal of 16 digits, for display and comparisons with whole limits. */
    public BigDecimal maanden() {
        BigDecimal m = maanden;
        if (m == null) {
            m = maandenExact.decimaal(MC);
            maanden = m;
        }
        return m;
    }

    /** {@link #exacteWeken()} as a decimal of 16 digits, for display and comparisons with whole limits. */
    public BigDecimal weken() {
        BigDecimal w = weken;
        if (w == null) {
            w = wekenExact.decimaal(MC);
            weken = w;
        }
        return w;
    }

    /**
     * Months from begin up to and including eind: 1 Jan to 31 Dec is exactly 12, 15 Jan to 14 Feb exactly 1.
     * A month after the 31st ends on the last day of the next month (31 Jan to 28 Feb is 1 month), so that one
     * more day never gives fewer months. The rest is the fraction of the month in which it falls.
     */
    public static BigDecimal maanden(LocalDate begin, LocalDate eind) {
        return opdeling(begin, eind).maanden().decimaal(MC);
    }

    /** Whole months from begin, then the days left and the length of the month they fall in. */
    private record Opdeling(long heel, long restDagen, int maandlengte) {
        Breuk maanden() {
            return Breuk.van(heel * maandlengte + restDagen, maandlengte);
        }
    }

    private static Opdeling opdeling(LocalDate begin, LocalDate eind) {
        LocalDate naEinde = eind.plusDays(1);
        // The most whole months k with verjaardag(begin, k) not after naEinde (verjaardag grows with k). Counting
        // up from 0 took a step per month, for every line twice; start one below the calendar months instead.
        long heel = Math.max(0, ChronoUnit.MONTHS.between(begin, naEinde) - 1);
        while (heel > 0 && verjaardag(begin, heel).isAfter(naEinde)) {
            heel--;
        }
        while (!verjaardag(begin, heel + 1).isAfter(naEinde)) {
            heel++;
        }
        LocalDate na = verjaardag(begin, heel);
        return new Opdeling(heel, ChronoUnit.DAYS.between(na, naEinde), na.lengthOfMonth());
    }

    /**
     * The day {@code maanden} months after begin, without cutting the day back: when the day does not
     * exist in that month (31 Jan + 1 month), it is the first day of the month after (1 March).
     */
    private static LocalDate verjaardag(LocalDate begin, long maanden) {
        LocalDate d = begin.plusMonths(maanden);
        return d.getDayOfMonth() == begin.getDayOfMonth() ? d : d.plusDays(1);
    }

    /**
     * The last day of a period that continues {@code maanden} months after an end date: 30 June + 6 months
     * is 31 December, 28 February + 3 months is 31 May. A fraction counts days of the following month, rounded down.
     */
    public static LocalDate eindeNaMaanden(LocalDate eind, BigDecimal maanden) {
        LocalDate start = eind.plusDays(1);
        long heel = maanden.longValue();
        LocalDate na = verjaardag(start, heel);
        BigDecimal fractie = maanden.subtract(BigDecimal.valueOf(heel));
        long dagen = fractie.multiply(BigDecimal.valueOf(na.lengthOfMonth())).longValue();
        return na.plusDays(dagen).minusDays(1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Geldigheidsduur d && d.dagen == dagen && d.maandenExact.equals(maandenExact)
                && d.wekenExact.equals(wekenExact);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(dagen) * 31 + maandenExact.hashCode() * 7 + wekenExact.hashCode();
    }

    @Override
    public String toString() {
        return "Geldigheidsduur[" + dagen + " dagen, " + maandenExact + " maanden, " + wekenExact + " weken]";
    }
}
