package nl.indiceer.regeling;

/**
 * The verdict on combining a with b (group names or product codes); symmetric.
 *
 * @param tenzij             optional: a declared fact ({@link Feit}) that, stated true, allows the combination
 *                           ("tenzij er sprake is van risicovolle handelingen", 004:325-333)
 * @param nietOpDezelfdeDag  the two may run in the same period but not on the same day (001:4169)
 * @param voorwaarden        the conditions of a voorwaardelijk pair the engine decides: providers and confirmed
 *                           facts (stapelingsmatrix footnotes 2, 4, 7, 8, 9, 13; 001:4244-4327)
 */
public record Paar(String a, String b, Oordeel oordeel, Integer voetnoot, String toelichting, Bron bron,
                   String onduidelijk, String tenzij, boolean nietOpDezelfdeDag, Stapelingsvoorwaarden voorwaarden) {

    public Paar {
        voorwaarden = voorwaarden == null ? Stapelingsvoorwaarden.GEEN : voorwaarden;
    }

    public Paar(String a, String b, Oordeel oordeel, Integer voetnoot, String toelichting, Bron bron,
                String onduidelijk, String tenzij, boolean nietOpDezelfdeDag) {
        this(a, b, oordeel, voetnoot, toelichting, bron, onduidelijk, tenzij, nietOpDezelfdeDag, Stapelingsvoorwaarden.GEEN);
    }
}
