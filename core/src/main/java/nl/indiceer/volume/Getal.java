package nl.indiceer.volume;

import java.math.BigDecimal;
import java.math.RoundingMode;

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

    /** "4,5", "300", "0,75", "4,3333": Dutch decimal comma, no trailing zeros, at most 4 decimals. */
    public static String nl(BigDecimal waarde) {
        return nl(waarde, 4);
    }

    /** As {@link #nl(BigDecimal)}, with at most {@code decimalen} decimals. */
    public static String nl(BigDecimal waarde, int decimalen) {
        BigDecimal w = waarde.setScale(decimalen, RoundingMode.HALF_UP).stripTrailingZeros();
        if (w.scale() < 0) {
            w = w.setScale(0);
        }
        return nederlands(w.toPlainString());
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
