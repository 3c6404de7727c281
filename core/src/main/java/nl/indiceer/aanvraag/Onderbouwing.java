package nl.indiceer.aanvraag;

/**
 * The consultant's reasoning behind a line: what a warning and a forbidden combination need.
 *
 * @param motivering        the consultant's reasoning; required where there are warnings
 * @param hardheidsclausule optional: motivation of an agreed exception to a forbidden combination
 */
public record Onderbouwing(String motivering, String hardheidsclausule) {

    /** A motivation of only spaces, zero-width or other invisible characters is no motivation. */
    public boolean heeftMotivering() {
        return VeiligeTekst.heeftInhoud(motivering);
    }
}
