package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An exact fraction of two decimals. Norm arithmetic divides by 52 weeks, by 2, by 52/12 weeks per month:
 * as a decimal these never end, and a rounded intermediate could make a whole result look like 325,0000001
 * (rounded up to 326) or 324,9999999. Keeping teller/noemer exact means rounding up happens once, at the
 * end, on the true value: never down, never a minute too many.
 */
public record Breuk(BigDecimal teller, BigDecimal noemer) {

    public static final Breuk NUL = new Breuk(BigDecimal.ZERO, BigDecimal.ONE);
    public static final Breuk EEN = new Breuk(BigDecimal.ONE, BigDecimal.ONE);

    public Breuk {
        if (noemer.signum() == 0) {
            throw new ArithmeticException("noemer 0");
        }
        if (noemer.signum() < 0) {
            teller = teller.negate();
            noemer = noemer.negate();
        }
    }

    public static Breuk van(BigDecimal waarde) {
        return new Breuk(waarde, BigDecimal.ONE);
    }

    public static Breuk van(BigDecimal teller, BigDecimal noemer) {
        return new Breuk(teller, noemer);
    }

    public Breuk plus(Breuk b) {
        if (noemer.compareTo(b.noemer) == 0) {
            return new Breuk(teller.add(b.teller), noemer);
        }
        return new Breuk(teller.multiply(b.noemer).add(b.teller.multiply(noemer)), noemer.multiply(b.noemer));
    }

    public Breuk min(Breuk b) {
        return plus(b.negatief());
    }

    public Breuk negatief() {
        return new Breuk(teller.negate(), noemer);
    }

    public Breuk maal(Breuk b) {
        return new Breuk(teller.multiply(b.teller), noemer.multiply(b.noemer));
    }

    public Breuk maal(BigDecimal b) {
        return new Breuk(teller.multiply(b), noemer);
    }

    public Breuk gedeeldDoor(Breuk b) {
        return new Breuk(teller.multiply(b.noemer), noemer.multiply(b.teller));
    }

    public Breuk gedeeldDoor(BigDecimal b) {
        return new Breuk(teller, noemer.multiply(b));
    }

    public int signum() {
        return teller.signum();
    }

    public int vergelijk(Breuk b) {
        return teller.multiply(b.noemer).compareTo(b.teller.multiply(noemer));
    }

    /** The smallest whole number not below this value: exact, never rounds down. */
    public BigDecimal omhoog() {
        return teller.divide(noemer, 0, RoundingMode.CEILING);
    }

    public boolean isGeheel() {
        return teller.remainder(noemer).signum() == 0;
    }

    /** The value with {@code decimalen} decimals (half up), for display only. */
    public BigDecimal decimaal(int decimalen) {
        return teller.divide(noemer, decimalen, RoundingMode.HALF_UP);
    }
}
