package nl.indiceer.toetsing;

import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Ernst;

/**
 * A finding of a check: a code from the catalogue ({@link Bevindingcode}), its severity, the parameters
 * its text needs, and the source of the rule. The text itself is rendered at the edge
 * ({@link Bevindingtekst}); no logic looks at it.
 *
 * @param parameters named values for the text template: strings, numbers, dates, {@link Hoeveelheid},
 *                   periods, financing forms, booleans and lists; insertion-ordered, no nulls
 * @param regel      index of the request line it concerns, or null for the request as a whole
 * @param ookRegel   for a combination of two request lines: the other line, or null
 */
public record Bevinding(Bevindingcode code, Ernst ernst, Parameters parameters, Bron bron, Integer regel,
                        Integer ookRegel) {

    /**
     * A finding with the code's default severity. Parameters come in pairs (name, value); a null value is
     * left out, which a template's {@code {naam?..|..}} can test.
     */
    public static Bevinding van(Bevindingcode code, Bron bron, Integer regel, Object... namenEnWaarden) {
        return new Bevinding(code, code.standaardErnst(), Parameters.van(namenEnWaarden), bron, regel, null);
    }

    /** The same finding with another severity (a guideline instead of a maximum, a rulebook's own severity). */
    public Bevinding metErnst(Ernst andere) {
        return new Bevinding(code, andere, parameters, bron, regel, ookRegel);
    }

    /** The same finding, also concerning a second request line (the other line of a combination). */
    public Bevinding ookVoor(Integer andereRegel) {
        return new Bevinding(code, ernst, parameters, bron, regel, andereRegel);
    }

    /** True when the finding concerns this request line. */
    public boolean betreft(int index) {
        return (regel != null && regel == index) || (ookRegel != null && ookRegel == index);
    }
}
