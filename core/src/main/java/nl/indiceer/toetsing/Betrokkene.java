package nl.indiceer.toetsing;

/**
 * One side of a combination: a line of the request or a running allocation, by product name. Data, not
 * text: {@link Bevindingtekst} writes it as "regel 2 (Logeren)" or "lopende toewijzing T1 (Logeren)".
 *
 * @param regel      index of the request line (0-based), or null for a running allocation
 * @param toewijzing the running allocation's id, or null (a line, or an allocation without id)
 * @param product    the product's name as the rulebook gives it
 */
public record Betrokkene(Integer regel, String toewijzing, String product) {
}
