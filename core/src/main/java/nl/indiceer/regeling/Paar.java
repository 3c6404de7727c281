package nl.indiceer.regeling;

/** The verdict on combining a with b (group names or product codes); symmetric. */
public record Paar(String a, String b, Oordeel oordeel, Integer voetnoot, String toelichting, Bron bron,
                   String onduidelijk) {
}
