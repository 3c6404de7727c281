package nl.indiceer.aanvraag;

/**
 * The most elements a list in the input may have, checked while reading (the reader stops at the first
 * element too many, so a flood of input never fills the memory).
 *
 * @param patroon  the list's JSON path with the indices left out, e.g. {@code producten[].posten}
 * @param maximaal the most elements allowed
 * @param wat      what is counted, for the message: "posten per productregel"
 */
public record Lijstlimiet(String patroon, int maximaal, String wat) {
}
