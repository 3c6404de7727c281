package nl.indiceer.normenkader;

/**
 * Where a value of a normenkader comes from: a declared source document and the place in it
 * ("mz-hbel:Schoon en leefbaar huis, Basissituatie").
 */
public record Normbron(Brondocument document, String plaats) {

    /** "Maatschappelijke Zaken HBEL ..., Basissituatie (https://...)". */
    public String tekst() {
        String s = document.titel() + ", " + plaats;
        return document.adres() == null ? s : s + " (" + document.adres() + ")";
    }

    /** "mz-hbel:Basissituatie". */
    public String kort() {
        return document.id() + ":" + plaats;
    }
}
