package nl.indiceer.volume;

import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Constanten;

/**
 * A region's conventions for converting volumes between weeks and months, exactly and with their sources
 * (the table "Weken en maanden" in docs/aanvraag-formaat.md).
 *
 * @param wekenPerMaand    a month counts this many weeks for a week volume (Achterhoek 9/2, 000:216-218);
 *                         without one in the rulebook, weeks per year ÷ 12
 * @param wekenPerMaandBron where that comes from; null when the rulebook does not say
 * @param wekenPerJaar     a whole month of the validity counts this ÷ 12 weeks (52: a quarter is 13 weeks, 000:258)
 * @param wekenPerJaarBron where that comes from; null for the calendar default of 52
 */
public record Omrekening(Breuk wekenPerMaand, Bron wekenPerMaandBron, Breuk wekenPerJaar, Bron wekenPerJaarBron) {

    /** The calendar: 52 weeks per year, a month 52/12 weeks. */
    public static final Omrekening KALENDER = new Omrekening(Breuk.van(52, 12), null, Breuk.van(52), null);

    /**
     * The rulebook's constants, read exactly: a value written as a fraction (weken_per_maand: 52/12) is
     * that fraction, not its 16-digit decimal.
     */
    public static Omrekening van(Constanten k) {
        if (k == null) {
            return KALENDER;
        }
        Breuk perJaar = k.wekenPerJaar() == null ? KALENDER.wekenPerJaar() : exact(k.wekenPerJaar());
        Bron jaarBron = k.wekenPerJaar() == null ? null : k.wekenPerJaar().bron();
        if (k.wekenPerMaand() == null) {
            return new Omrekening(perJaar.gedeeldDoor(12), null, perJaar, jaarBron);
        }
        return new Omrekening(exact(k.wekenPerMaand()), k.wekenPerMaand().bron(), perJaar, jaarBron);
    }

    private static Breuk exact(Constante c) {
        if (c.weergave() != null && c.weergave().indexOf('/') > 0) {
            try {
                return Breuk.lees(c.weergave());
            } catch (RuntimeException e) {
                // the rulebook reader accepted the value; fall back to its decimal
            }
        }
        return Breuk.van(c.waarde());
    }
}
