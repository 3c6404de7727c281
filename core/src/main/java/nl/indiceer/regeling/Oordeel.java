package nl.indiceer.regeling;

/** Verdict on combining two products (the colours of a stapelingsmatrix). */
public enum Oordeel {
    MOGELIJK, VOORWAARDELIJK, NIET_MOGELIJK, ONBEKEND;

    public static Oordeel vanNaam(String naam) {
        for (Oordeel o : values()) {
            if (o.name().equalsIgnoreCase(naam)) {
                return o;
            }
        }
        return null;
    }
}
