package nl.indiceer.regeling;

/** One thing wrong in a rulebook file: where (file, line, field path) and what. */
public record Probleem(String bestand, int regel, String veld, String melding) {

    @Override
    public String toString() {
        return bestand + ":" + regel + ": " + veld + ": " + melding;
    }
}
