package nl.indiceer.berichten.toewijzing;

import nl.indiceer.berichten.Wet;

/**
 * Where numbers come from: a ToewijzingNummer is unique per municipality and law, a BerichtIdentificatie per sender.
 * The application keeps them in its database; the command line counts from a given number.
 */
public interface Nummering {

    long toewijzingnummer(String gemeente, Wet wet);

    /** At most 12 characters. */
    String berichtidentificatie(String gemeente);
}
