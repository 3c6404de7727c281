package nl.indiceer.regeling;

/**
 * Where a value comes from, so that a consultant can check it. Every product, tariff, limit and rule of a
 * rulebook carries one, and so does every norm time and factor of a normenkader. Two kinds:
 * <ul>
 *   <li>a rulebook's source: a seed file and a line range or section, "004:2956-2961", shown as
 *       "004_4728e4b6c8f0eb12.txt r. 2956-2961";</li>
 *   <li>a titled document (a web page, a decision), as a normenkader declares it under {@code bronnen}, and a
 *       place in it, with an optional address: "mz-hbel:Basissituatie", shown as
 *       "Maatschappelijke Zaken HBEL ..., Basissituatie (https://...)". See {@link #document} and {@link #op}.</li>
 * </ul>
 * A rulebook also lists the documents it declares ({@link Regeling#bronnen()}): id, seed file and title, no place
 * ({@link #bronbestand}).
 *
 * @param bestand the seed file of a rulebook source; null for a titled document
 * @param plaats  the line range or place in the document; null for a document as declared
 * @param titel   the title of a titled document; null for a rulebook source
 * @param adres   optional URL or file name of a titled document
 */
public record Bron(String documentId, String bestand, String plaats, String titel, String adres) {

    /** A rulebook source: a seed file and a line range or section. */
    public Bron(String documentId, String bestand, String plaats) {
        this(documentId, bestand, plaats, null, null);
    }

    /**
     * A rulebook's source document as declared under {@code bronnen}: its id, seed file and (optional) title,
     * without a place in it. Shown by its title, or by its file when it has none.
     */
    public static Bron bronbestand(String documentId, String bestand, String titel) {
        return new Bron(documentId, bestand, null, titel, null);
    }

    /** A titled document as declared (normenkader {@code bronnen}), without a place in it yet. */
    public static Bron document(String documentId, String titel, String adres) {
        return new Bron(documentId, null, null, titel, adres);
    }

    /** A source described only in words, e.g. the source the consultant gives for weken_per_maand. */
    public static Bron omschreven(String omschrijving) {
        return new Bron(null, null, null, omschrijving, null);
    }

    /** The same document at a place in it. */
    public Bron op(String andere) {
        return new Bron(documentId, bestand, andere, titel, adres);
    }

    /**
     * Readable reference: "004_4728e4b6c8f0eb12.txt r. 2956-2961" for a rulebook source;
     * "titel, plaats (adres)" for a titled document.
     */
    public String tekst() {
        if (titel == null && plaats == null) {
            return bestand;
        }
        if (titel == null) {
            return bestand + " r. " + plaats;
        }
        String s = plaats == null ? titel : titel + ", " + plaats;
        return adres == null ? s : s + " (" + adres + ")";
    }

    /** Short reference: "004:2956-2961", "mz-hbel:Basissituatie". */
    public String kort() {
        if (documentId == null) {
            return tekst();
        }
        return plaats == null ? documentId : documentId + ":" + plaats;
    }
}
