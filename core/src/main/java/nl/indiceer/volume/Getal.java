package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Dutch number and money formatting, and the one rounding rule for volumes: up, never down. */
public final class Getal {

    private Getal() {
    }

    /**
     * Rounds a volume up to a whole number. Divisions leave tiny remainders (4,5 × 2/3 ...); those are
     * cleared at six decimals first so that an exact 300 never becomes 301.
     */
    public static BigDecimal omhoog(BigDecimal waarde) {
        return waarde.setScale(6, RoundingMode.HALF_UP).setScale(0, RoundingMode.CEILING);
    }

    public static boolean isGeheel(BigDecimal waarde) {
        return waarde.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().scale() <= 0;
    }

    /** "4,5", "300", "0,75": Dutch decimal comma, no trailing zeros, at most 2 decimals. */
    public static String nl(BigDecimal waarde) {
        BigDecimal w = waarde.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (w.scale() < 0) {
            w = w.setScale(0);
        }
        DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return f.format(w);
    }

    /** "€ 1.057,35". */
    public static String euro(BigDecimal bedrag) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-NL")));
        return "€ " + f.format(bedrag.setScale(2, RoundingMode.HALF_UP));
    }
}
