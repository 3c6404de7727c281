package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The length of an allocation, from its start date up to and including its end date, in months
 * (whole calendar months plus the fraction of the last month) and in weeks (months × weeks per year / 12,
 * so that a quarter is 13 weeks as seed 000 counts, 000:240).
 */
public record Geldigheidsduur(BigDecimal maanden, BigDecimal weken) {

    public static final MathContext MC = MathContext.DECIMAL64;

    public static Geldigheidsduur van(LocalDate begin, LocalDate eind, BigDecimal wekenPerJaar) {
        BigDecimal maanden = maanden(begin, eind);
        BigDecimal weken = maanden.multiply(wekenPerJaar, MC).divide(BigDecimal.valueOf(12), MC);
        return new Geldigheidsduur(maanden, weken);
    }

    /** Months from begin up to and including eind: 1 Jan to 31 Dec is exactly 12. */
    public static BigDecimal maanden(LocalDate begin, LocalDate eind) {
        LocalDate naEinde = eind.plusDays(1);
        long heel = ChronoUnit.MONTHS.between(begin, naEinde);
        LocalDate na = begin.plusMonths(heel);
        long restDagen = ChronoUnit.DAYS.between(na, naEinde);
        if (restDagen == 0) {
            return BigDecimal.valueOf(heel);
        }
        BigDecimal deel = BigDecimal.valueOf(restDagen).divide(BigDecimal.valueOf(na.lengthOfMonth()), MC);
        return BigDecimal.valueOf(heel).add(deel);
    }

    /** Adds a possibly fractional number of months to a date; the fraction counts days of the following month, rounded down. */
    public static LocalDate plusMaanden(LocalDate datum, BigDecimal maanden) {
        long heel = maanden.longValue();
        LocalDate na = datum.plusMonths(heel);
        BigDecimal fractie = maanden.subtract(BigDecimal.valueOf(heel));
        long dagen = fractie.multiply(BigDecimal.valueOf(na.plusDays(1).lengthOfMonth())).longValue();
        return na.plusDays(dagen);
    }
}
