package nl.indiceer.toetsing;

import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Ernst;

/**
 * A finding of a check: a stable code (for machines and tests), a severity, a Dutch text for the
 * consultant and the source of the rule.
 *
 * @param regel    index of the request line it concerns, or null for the request as a whole
 * @param ookRegel for a combination of two request lines: the other line, or null
 */
public record Bevinding(String code, Ernst ernst, String tekst, Bron bron, Integer regel, Integer ookRegel) {

    public Bevinding(String code, Ernst ernst, String tekst, Bron bron, Integer regel) {
        this(code, ernst, tekst, bron, regel, null);
    }

    /** True when the finding concerns this request line. */
    public boolean betreft(int index) {
        return (regel != null && regel == index) || (ookRegel != null && ookRegel == index);
    }
}
