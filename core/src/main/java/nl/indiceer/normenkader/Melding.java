package nl.indiceer.normenkader;

import nl.indiceer.regeling.Ernst;

/**
 * A note in a normering: a stable code, a severity (WAARSCHUWING needs the consultant's attention and
 * motivation; INFO informs), a Dutch text and, where there is one, the source.
 */
public record Melding(String code, Ernst ernst, String tekst, String bron) {
}
