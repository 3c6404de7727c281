package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The length of an allocation, from its start date up to and including its end date, in months
 * (whole calendar months plus the fraction of the last month) and in weeks (whole months × weeks per
 * year / 12, so that a quarter is 13 weeks as seed 000 counts, 000:258; remaining days ÷ 7).
 */
public record Geldigheidsduur(BigDecimal maanden, BigDecimal weken) {

    public static final MathContext MC = MathContext.DECIMAL64;

    /**
     * Whole months count 52/12 weeks each (13 per quarter); the days of a part month count as days ÷ 7,
     * so that 7 days are exactly one week, whatever the month.
     */
    public static Geldigheidsduur van(LocalDate begin, LocalDate eind, BigDecimal wekenPerJaar) {
        Opdeling o = opdeling(begin, eind);
        BigDecimal weken = BigDecimal.valueOf(o.heel()).multiply(wekenPerJaar).divide(BigDecimal.valueOf(12), MC)
                .add(BigDecimal.valueOf(o.restDagen()).divide(BigDecimal.valueOf(7), MC));
        return new Geldigheidsduur(o.maanden(), weken);
    }

    /**
     * Months from begin up to and including eind: 1 Jan to 31 Dec is exactly 12, 15 Jan to 14 Feb exactly 1.
     * A month after the 31st ends on the last day of the next month (31 Jan to 28 Feb is 1 month), so that one
     * more day never gives fewer months. The rest is the fraction of the month in which it falls.
     */
    public static BigDecimal maanden(LocalDate begin, LocalDate eind) {
        return opdeling(begin, eind).maanden();
    }

    /** Whole months from begin, then the days left and the length of the month they fall in. */
    private record Opdeling(long heel, long restDagen, int maandlengte) {
        BigDecimal maanden() {
            BigDecimal heleMaanden = BigDecimal.valueOf(heel);
            return restDagen == 0 ? heleMaanden
                    : heleMaanden.add(BigDecimal.valueOf(restDagen).divide(BigDecimal.valueOf(maandlengte), MC));
        }
    }

    private static Opdeling opdeling(LocalDate begin, LocalDate eind) {
        LocalDate naEinde = eind.plusDays(1);
        long heel = 0;
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
}
