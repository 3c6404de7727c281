package nl.indiceer.toetsing;

import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Ernst;

/**
 * A finding of a check: a stable code (for machines and tests), a severity, a Dutch text for the
 * consultant and the source of the rule.
 *
 * @param regel index of the request line it concerns, or null for the request as a whole
 */
public record Bevinding(String code, Ernst ernst, String tekst, Bron bron, Integer regel) {
}
