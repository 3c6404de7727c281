package nl.indiceer.getal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact fraction. Volume and norm arithmetic divide by 52/12 or 4,5 weeks per month, by the days of a
 * month, by 7, by 60: as a decimal these often never end, and a rounded intermediate could make a whole
 * result look like 325,0000001 (rounded up to 326) or a tiny volume look like 0. Keeping teller/noemer
 * exact means rounding up happens once, at the end, on the true value: never down, never a minute too many.
 *
 * <p>Always in lowest terms with a positive noemer, so {@link #equals} is value equality. Computed on
 * {@code long} while the numbers fit (the usual case: minutes, weeks, months), on {@link BigInteger}
 * when an operation would overflow. Immutable and thread-safe.
 */
public final class Breuk implements Comparable<Breuk> {

    public static final Breuk NUL = new Breuk(0, 1);
    public static final Breuk EEN = new Breuk(1, 1);

    private static final long[] MACHT_VAN_TIEN = new long[19];

    static {
        MACHT_VAN_TIEN[0] = 1;
        for (int i = 1; i < MACHT_VAN_TIEN.length; i++) {
            MACHT_VAN_TIEN[i] = MACHT_VAN_TIEN[i - 1] * 10;
        }
    }

    /** Fast form; meaningful only when {@code groteTeller} is null. */
    private final long t;
    private final long n;
    /** Slow form, set only when the value does not fit in two longs. */
    private final BigInteger groteTeller;
    private final BigInteger groteNoemer;

    private Breuk(long t, long n) {
        this.t = t;
        this.n = n;
        this.groteTeller = null;
        this.groteNoemer = null;
    }

    private Breuk(BigInteger t, BigInteger n) {
        this.t = 0;
        this.n = 0;
        this.groteTeller = t;
        this.groteNoemer = n;
    }

    public static Breuk van(long geheel) {
        return geheel == 0 ? NUL : geheel == 1 ? EEN : new Breuk(geheel, 1);
    }

    /** @throws ArithmeticException when noemer is 0 */
    public static Breuk van(long teller, long noemer) {
        return normaal(teller, noemer);
    }

    /**
     * Decimals beyond 10^±{@value #MAXIMALE_MACHT} are refused: no indication needs them, and their exact
     * form (1e999999999 has a billion digits) would take minutes and gigabytes instead of failing.
     */
    public static final int MAXIMALE_MACHT = 10_000;

    /**
     * The exact value of a decimal: 4.5 is 9/2, 0.0001 is 1/10000.
     *
     * @throws ArithmeticException when the decimal's exponent is beyond 10^±{@value #MAXIMALE_MACHT}
     */
    public static Breuk van(BigDecimal waarde) {
        int schaal = waarde.scale();
        if (schaal > MAXIMALE_MACHT || (long) waarde.precision() - schaal > MAXIMALE_MACHT) {
            throw new ArithmeticException("getal buiten 10^±" + MAXIMALE_MACHT + ": " + waarde);
        }
        if (schaal >= 0 && schaal < MACHT_VAN_TIEN.length && waarde.precision() <= 18) {
            return normaal(waarde.unscaledValue().longValue(), MACHT_VAN_TIEN[schaal]);
        }
        if (schaal <= 0) {
            if (waarde.precision() - schaal <= 18) {
                return van(waarde.longValueExact());
            }
            return groot(waarde.toBigIntegerExact(), BigInteger.ONE);
        }
        return groot(waarde.unscaledValue(), BigInteger.TEN.pow(schaal));
    }

    /** @throws ArithmeticException when noemer is 0 */
    public static Breuk van(BigDecimal teller, BigDecimal noemer) {
        return van(teller).gedeeldDoor(van(noemer));
    }

    /** @throws ArithmeticException when noemer is 0 */
    public static Breuk van(BigInteger teller, BigInteger noemer) {
        return groot(teller, noemer);
    }

    /**
     * A number as a rulebook writes it: a decimal ("4.5", "4,5") or a fraction of two decimals ("52/12").
     *
     * @throws NumberFormatException when the text is neither
     * @throws ArithmeticException when the noemer is 0
     */
    public static Breuk lees(String tekst) {
        String s = tekst.trim().replace(',', '.');
        int streep = s.indexOf('/');
        if (streep < 0) {
            return van(new BigDecimal(s));
        }
        if (s.indexOf('/', streep + 1) >= 0) {
            throw new NumberFormatException("meer dan één '/' in '" + tekst + "'");
        }
        return van(new BigDecimal(s.substring(0, streep).trim()), new BigDecimal(s.substring(streep + 1).trim()));
    }

    private static Breuk normaal(long teller, long noemer) {
        if (noemer == 0) {
            throw new ArithmeticException("noemer 0");
        }
        if (noemer < 0) {
            if (teller == Long.MIN_VALUE || noemer == Long.MIN_VALUE) {
                return groot(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
            }
            teller = -teller;
            noemer = -noemer;
        }
        if (teller == 0) {
            return NUL;
        }
        long d = ggd(Math.abs(teller), noemer);
        if (teller == Long.MIN_VALUE) {
            if (d == 1) {
                return groot(BigInteger.valueOf(teller), BigInteger.valueOf(noemer));
            }
        }
        return new Breuk(teller / d, noemer / d);
    }

    private static Breuk groot(BigInteger teller, BigInteger noemer) {
        if (noemer.signum() == 0) {
            throw new ArithmeticException("noemer 0");
        }
        if (noemer.signum() < 0) {
            teller = teller.negate();
            noemer = noemer.negate();
        }
        if (teller.signum() == 0) {
            return NUL;
        }
        BigInteger d = teller.gcd(noemer);
        if (!d.equals(BigInteger.ONE)) {
            teller = teller.divide(d);
            noemer = noemer.divide(d);
        }
        if (teller.bitLength() < 64 && noemer.bitLength() < 64) {
            return new Breuk(teller.longValue(), noemer.longValue());
        }
        return new Breuk(teller, noemer);
    }

    /** Binary gcd of two non-negative longs (a may be Long.MIN_VALUE's absolute value only via BigInteger). */
    private static long ggd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0 || a == 1 || b == 1) {
            return b == 0 ? a : 1;
        }
        if (a < 0) { // Math.abs(Long.MIN_VALUE)
            return BigInteger.valueOf(a).abs().gcd(BigInteger.valueOf(b)).longValue();
        }
        if ((a | b) < (1L << 31)) {
            while (b != 0) { // Euclid: few steps for the small numbers of minutes, weeks and days
                long r = a % b;
                a = b;
                b = r;
            }
            return a;
        }
        int shift = Long.numberOfTrailingZeros(a | b);
        a >>= Long.numberOfTrailingZeros(a);
        do {
            b >>= Long.numberOfTrailingZeros(b);
            if (a > b) {
                long x = a;
                a = b;
                b = x;
            }
            b -= a;
        } while (b != 0);
        return a << shift;
    }

    private boolean klein() {
        return groteTeller == null;
    }

    /** The numerator, in lowest terms. */
    public BigInteger teller() {
        return klein() ? BigInteger.valueOf(t) : groteTeller;
    }

    /** The denominator, in lowest terms, always positive. */
    public BigInteger noemer() {
        return klein() ? BigInteger.valueOf(n) : groteNoemer;
    }

    public Breuk plus(Breuk b) {
        if (klein() && b.klein()) {
            try {
                if (n == b.n) {
                    return normaal(Math.addExact(t, b.t), n);
                }
                return normaal(Math.addExact(Math.multiplyExact(t, b.n), Math.multiplyExact(b.t, n)),
                        Math.multiplyExact(n, b.n));
            } catch (ArithmeticException overloop) {
                // continue with BigInteger
            }
        }
        return groot(teller().multiply(b.noemer()).add(b.teller().multiply(noemer())), noemer().multiply(b.noemer()));
    }

    /** Subtraction: this minus {@code b}. */
    public Breuk min(Breuk b) {
        return plus(b.negatief());
    }

    public Breuk negatief() {
        if (klein() && t != Long.MIN_VALUE) {
            return new Breuk(-t, n);
        }
        return groot(teller().negate(), noemer());
    }

    public Breuk maal(Breuk b) {
        if (klein() && b.klein()) {
            // cross-reduce first so that products stay small
            if (t == 0 || b.t == 0) {
                return NUL;
            }
            if (t != Long.MIN_VALUE && b.t != Long.MIN_VALUE) {
                long g1 = ggd(Math.abs(t), b.n);
                long g2 = ggd(Math.abs(b.t), n);
                try {
                    // both in lowest terms and cross-reduced: the product is in lowest terms, noemer positive
                    return new Breuk(Math.multiplyExact(t / g1, b.t / g2), Math.multiplyExact(n / g2, b.n / g1));
                } catch (ArithmeticException overloop) {
                    // continue with BigInteger
                }
            }
        }
        return groot(teller().multiply(b.teller()), noemer().multiply(b.noemer()));
    }

    public Breuk maal(BigDecimal b) {
        return maal(van(b));
    }

    public Breuk maal(long b) {
        return maal(van(b));
    }

    /** @throws ArithmeticException when {@code b} is 0 */
    public Breuk gedeeldDoor(Breuk b) {
        return maal(b.omgekeerd());
    }

    /** @throws ArithmeticException when {@code b} is 0 */
    public Breuk gedeeldDoor(BigDecimal b) {
        return gedeeldDoor(van(b));
    }

    /** @throws ArithmeticException when {@code b} is 0 */
    public Breuk gedeeldDoor(long b) {
        return gedeeldDoor(van(b));
    }

    /** 1 ÷ this. @throws ArithmeticException when this is 0 */
    public Breuk omgekeerd() {
        if (klein()) {
            return normaal(n, t);
        }
        return groot(groteNoemer, groteTeller);
    }

    public int signum() {
        return klein() ? Long.signum(t) : groteTeller.signum();
    }

    @Override
    public int compareTo(Breuk b) {
        if (klein() && b.klein()) {
            if (n == b.n) {
                return Long.compare(t, b.t);
            }
            try {
                return Long.compare(Math.multiplyExact(t, b.n), Math.multiplyExact(b.t, n));
            } catch (ArithmeticException overloop) {
                // continue with BigInteger
            }
        }
        return teller().multiply(b.noemer()).compareTo(b.teller().multiply(noemer()));
    }

    /** As {@link #compareTo}: negative, zero or positive. */
    public int vergelijk(Breuk b) {
        return compareTo(b);
    }

    public int vergelijk(BigDecimal b) {
        return compareTo(van(b));
    }

    public boolean isGeheel() {
        return klein() ? n == 1 : groteNoemer.equals(BigInteger.ONE);
    }

    /** The smallest whole number not below this value: exact, never rounds down. */
    public BigDecimal omhoog() {
        if (klein()) {
            return BigDecimal.valueOf(Math.floorDiv(t, n) + (Math.floorMod(t, n) == 0 ? 0 : 1));
        }
        BigInteger[] qr = groteTeller.divideAndRemainder(groteNoemer);
        BigInteger q = qr[0];
        if (qr[1].signum() > 0) {
            q = q.add(BigInteger.ONE);
        }
        return new BigDecimal(q);
    }

    /** The largest whole number not above this value. */
    public BigDecimal omlaag() {
        if (klein()) {
            return BigDecimal.valueOf(Math.floorDiv(t, n));
        }
        BigInteger[] qr = groteTeller.divideAndRemainder(groteNoemer);
        BigInteger q = qr[0];
        if (qr[1].signum() < 0) {
            q = q.subtract(BigInteger.ONE);
        }
        return new BigDecimal(q);
    }

    /** The value with {@code decimalen} decimals, rounded half up from the exact value: for display. */
    public BigDecimal decimaal(int decimalen) {
        if (klein()) {
            return n == 1 ? BigDecimal.valueOf(t).setScale(decimalen)
                    : BigDecimal.valueOf(t).divide(BigDecimal.valueOf(n), decimalen, RoundingMode.HALF_UP);
        }
        return new BigDecimal(teller()).divide(new BigDecimal(noemer()), decimalen, RoundingMode.HALF_UP);
    }

    /** The value to {@code mc}'s precision, for display and for APIs that take decimals. */
    public BigDecimal decimaal(MathContext mc) {
        if (klein()) {
            return n == 1 ? BigDecimal.valueOf(t) : BigDecimal.valueOf(t).divide(BigDecimal.valueOf(n), mc);
        }
        return new BigDecimal(teller()).divide(new BigDecimal(noemer()), mc);
    }

    /** The exact decimal value, or null when it does not end (1/3). */
    public BigDecimal exactDecimaal() {
        if (klein() && n == 1) {
            return BigDecimal.valueOf(t);
        }
        try {
            return new BigDecimal(teller()).divide(new BigDecimal(noemer()));
        } catch (ArithmeticException eindeloos) {
            return null;
        }
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Breuk b)) {
            return false;
        }
        if (klein() != b.klein()) {
            return false; // both are normalised: a value that fits is always kept in the fast form
        }
        return klein() ? t == b.t && n == b.n : groteTeller.equals(b.groteTeller) && groteNoemer.equals(b.groteNoemer);
    }

    @Override
    public int hashCode() {
        return klein() ? Long.hashCode(t) * 31 + Long.hashCode(n) : groteTeller.hashCode() * 31 + groteNoemer.hashCode();
    }

    /** "143/3", or "7" when whole. */
    @Override
    public String toString() {
        return isGeheel() ? teller().toString() : teller() + "/" + noemer();
    }
}
