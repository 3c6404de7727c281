package nl.indiceer.berichten.declaratie;

/**
 * A leveringsspecificatie that is refused as a whole: the first reason, with its line and column, in Dutch, and a
 * stable code for programs. The only exception {@link Leveringsspecificatielezer} throws for bad input.
 *
 * @see Leveringsspecificatielezer codes: TE_GROOT, TE_VEEL_REGELS, REGEL_TE_LANG, VELD_TE_LANG, CODERING, KOP,
 *      KOLOMMEN, VERPLICHT, WAARDE, NIET_BIJ_SOORT, DUBBELE_AFWEZIGHEID, TE_VEEL_AFSPRAKEN
 */
public final class OngeldigeSpecificatieException extends Exception {

    private final int regel;
    private final String kolom;
    private final String code;

    OngeldigeSpecificatieException(int regel, String kolom, String code, String tekst) {
        // the text quotes the provider's values: made safe for one line of a report or log
        super(nl.indiceer.aanvraag.VeiligeTekst.schoon((regel > 0 ? "regel " + regel + (kolom == null ? "" : ", kolom " + kolom)
                + ": " : "") + tekst));
        this.regel = regel;
        this.kolom = kolom;
        this.code = code;
    }

    /** The line (the header is line 1); 0 when the reason concerns the whole file. */
    public int regel() {
        return regel;
    }

    /** The column's name, or null when the reason concerns the whole line or file. */
    public String kolom() {
        return kolom;
    }

    public String code() {
        return code;
    }
}
