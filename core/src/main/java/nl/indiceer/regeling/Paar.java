package nl.indiceer.regeling;

/**
 * The verdict on combining a with b (group names or product codes); symmetric.
 *
 * @param tenzij             optional: a declared fact ({@link Feit}) that, stated true, allows the combination
 *                           ("tenzij er sprake is van risicovolle handelingen", 004:325-333)
 * @param nietOpDezelfdeDag  the two may run in the same period but not on the same day (001:4169)
 */
public record Paar(String a, String b, Oordeel oordeel, Integer voetnoot, String toelichting, Bron bron,
                   String onduidelijk, String tenzij, boolean nietOpDezelfdeDag) {
}
