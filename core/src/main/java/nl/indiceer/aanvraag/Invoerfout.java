package nl.indiceer.aanvraag;

/**
 * One problem in a request: the JSON path of the field, a stable code for machines and a Dutch
 * message for people, e.g. {@code producten[1].posten[0].uren: moet groter dan 0 zijn}.
 */
public record Invoerfout(String pad, String code, String melding) {

    @Override
    public String toString() {
        return pad + ": " + melding;
    }
}
