package nl.indiceer.declaratie;

/**
 * The most that may be declared, in the allocation's unit, and how it was counted ({@code aantal} weeks, Sundays,
 * days or months of {@code telling}; for {@link Telling#TOTAAL} and {@link Telling#ZESMAAL_WEEKVOLUME} the factor).
 */
public record Ruimte(long maximum, Telling telling, long aantal, boolean plusEen) {
}
