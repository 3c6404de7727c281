package nl.indiceer.beschikking;

/**
 * What the consultant chose for one request line when deciding.
 *
 * @param besluit    toekennen or afwijzen; null while not yet chosen
 * @param motivering the line's reasoning, covering all its warnings; null or blank when none. The request line's own
 *                   {@code Onderbouwing.motivering} is the usual source (the page offers it to be completed)
 * @param toewijzing for a change: the id of the allocation the line changes ({@link Toewijzingstijdlijn} ids);
 *                   null for a first decision
 */
public record Regelkeuze(Regelbesluit besluit, String motivering, String toewijzing) {

    public static Regelkeuze toekennen(String motivering) {
        return new Regelkeuze(Regelbesluit.Toekenning.gewoon(), motivering, null);
    }
}
