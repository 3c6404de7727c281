package nl.indiceer.regeling;

/**
 * Where a value comes from: a source document and a line range or section, e.g. "004:2956-2961".
 * Every product, tariff, limit and rule carries one, so that a consultant can check it.
 */
public record Bron(String documentId, String bestand, String plaats) {

    /** Readable reference, e.g. "004_4728e4b6c8f0eb12.txt r. 2956-2961". */
    public String tekst() {
        return bestand + " r. " + plaats;
    }

    public String kort() {
        return documentId + ":" + plaats;
    }
}
