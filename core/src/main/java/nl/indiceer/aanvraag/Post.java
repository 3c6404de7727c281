package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;

/**
 * One step of the consultant's volume build-up: a duration × a count, per week, per month or once
 * within the validity, optionally for a number of weeks or months (a phase).
 * Examples (seed 000): "1 uur per week", "0,5 uur afstemming per maand", "13 weken × 4 uur".
 *
 * @param duur    length of one occurrence, e.g. 1,5 uur or 2 dagdelen
 * @param aantal  occurrences per {@code per} (default 1)
 * @param per     WEEK, MAAND or TOTAAL (once within the validity)
 * @param fase    null for the whole validity, otherwise the number of weeks (per WEEK) or months (per MAAND)
 * @param consult true when each occurrence is one consult ({@code aantal} consults of {@code duur} each), for the
 *                rules per consult and the number of consults per period (004:2782-2786)
 * @param hulp    the row of the rulebook's helper table the duration comes from; null for a duration the consultant
 *                wrote. As read from a request a post with {@code hulp} has no duur, eenheid (and perhaps per) yet: the
 *                engine fills them in from the row before anything else ({@code berekening.Hulpposten})
 */
public record Post(String omschrijving, BigDecimal duur, Eenheid eenheid, BigDecimal aantal,
                   nl.indiceer.regeling.Periode per, BigDecimal fase, boolean consult, Hulpkeuze hulp) {

    /** A post with a duration the consultant wrote. */
    public Post(String omschrijving, BigDecimal duur, Eenheid eenheid, BigDecimal aantal, nl.indiceer.regeling.Periode per,
                BigDecimal fase, boolean consult) {
        this(omschrijving, duur, eenheid, aantal, per, fase, consult, null);
    }

    /** A post that is not a consult. */
    public Post(String omschrijving, BigDecimal duur, Eenheid eenheid, BigDecimal aantal, nl.indiceer.regeling.Periode per,
                BigDecimal fase) {
        this(omschrijving, duur, eenheid, aantal, per, fase, false);
    }

    public boolean isFase() {
        return fase != null;
    }
}
