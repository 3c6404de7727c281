package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.indiceer.getal.Breuk;

/** Dutch number and money formatting, and the one rounding rule for volumes: up, never down. */
public final class Getal {

    private Getal() {
    }

    /**
     * Rounds a volume up to a whole number, deciding on the exact value: 7,0000005 is 8, 0,0001 is 1. The
     * value must be exact: a volume that involves a division is computed as a {@link Breuk}, not a decimal.
     */
    public static BigDecimal omhoog(BigDecimal waarde) {
        return waarde.setScale(0, RoundingMode.CEILING);
    }

    /** True when the exact value is a whole number. */
    public static boolean isGeheel(BigDecimal waarde) {
        return waarde.signum() == 0 || waarde.stripTrailingZeros().scale() <= 0;
    }

    /** "4,5", "300", "0,75", "4,3333": Dutch decimal comma, no trailing zeros, at most 4 decimals. */
    public static String nl(BigDecimal waarde) {
        return nl(waarde, 4);
    }

    /** As {@link #nl(BigDecimal)}, with at most {@code decimalen} decimals. */
    public static String nl(BigDecimal waarde, int decimalen) {
        BigDecimal w = waarde.setScale(decimalen, RoundingMode.HALF_UP).stripTrailingZeros();
        if (w.signum() == 0 && waarde.signum() != 0) {
            // a tiny non-zero value is never shown as 0 (a rekensom of 0,0001 minuut would read "= 0 minuten"):
            // two significant digits instead, at most 12 decimals
            w = waarde.round(new java.math.MathContext(2, RoundingMode.HALF_UP)).stripTrailingZeros();
            if (w.scale() > 12) {
                return (waarde.signum() < 0 ? "min " : "") + "minder dan 0," + "0".repeat(11) + "1";
            }
        }
        if (w.scale() < 0) {
            w = w.setScale(0);
        }
        return nederlands(w.toPlainString());
    }

    /** As {@link #nl(BigDecimal)}: the exact value rounded half up to at most 4 decimals. */
    public static String nl(Breuk waarde) {
        BigDecimal vier = waarde.decimaal(4);
        return vier.signum() == 0 && waarde.signum() != 0 ? nl(waarde.decimaal(new java.math.MathContext(2)), 4) : nl(vier, 4);
    }

    /** "€ 1.057,35". */
    public static String euro(BigDecimal bedrag) {
        return "€ " + nederlands(bedrag.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * "-1234567.5" → "-1.234.567,5". Written out by hand: DecimalFormat is slow to build and not
     * thread-safe, and the engine formats numbers for every rekensom.
     */
    private static String nederlands(String plain) {
        boolean negatief = plain.startsWith("-");
        String zonderTeken = negatief ? plain.substring(1) : plain;
        int punt = zonderTeken.indexOf('.');
        String heel = punt < 0 ? zonderTeken : zonderTeken.substring(0, punt);
        StringBuilder s = new StringBuilder(plain.length() + 4);
        if (negatief) {
            s.append('-');
        }
        for (int i = 0; i < heel.length(); i++) {
            if (i > 0 && (heel.length() - i) % 3 == 0) {
                s.append('.');
            }
            s.append(heel.charAt(i));
        }
        if (punt >= 0) {
            s.append(',').append(zonderTeken, punt + 1, zonderTeken.length());
        }
        return s.toString();
    }
}
