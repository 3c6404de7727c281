package nl.indiceer.declaratie;

/**
 * How much of an allocation's volume the approved prestaties have used, in {@code eenheid} (minutes for an allocation
 * in hours or minutes).
 *
 * @param maximum the most over the whole allocation (TR322) in the same unit, or null when it has none
 */
public record Verbruik(long gebruikt, Eenheid eenheid, Long maximum) {
}
