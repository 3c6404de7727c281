package nl.indiceer.regeling;

/**
 * The provider asks the extension of {@link Verlenging} itself, with a verzoek om wijziging (JW317), instead of a new
 * referral. Flevoland: "éénmalig een verzoek om wijziging ... waarbij alleen om een nieuwe einddatum kan worden verzocht.
 * Type verwijzer wordt gevuld met waarden '06'" (002:383-390, the same for Multi 002:447-455). Such a 317 is judged as an
 * extension (the limits of the {@link Verlenging} it belongs to); any other 317 as a change.
 *
 * @param alleenEinddatum the request may ask nothing but a later end date of one running allocation
 * @param verwijzerType   the referrer type (COD327) the source names for it; null when none
 * @param alsGeheel       optional: every 317 of the region is granted entirely or refused entirely; null when the
 *                        rulebook does not say so
 */
public record VerlengingViaVerzoek(boolean alleenEinddatum, String verwijzerType, Bron bron, String onduidelijk,
                                   VerzoekAlsGeheel alsGeheel) {

    /** Without the rule that a 317 is judged as a whole. */
    public VerlengingViaVerzoek(boolean alleenEinddatum, String verwijzerType, Bron bron, String onduidelijk) {
        this(alleenEinddatum, verwijzerType, bron, onduidelijk, null);
    }
}
