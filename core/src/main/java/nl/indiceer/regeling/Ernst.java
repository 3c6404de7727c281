package nl.indiceer.regeling;

/** Severity of a finding: FOUT blocks the decision, WAARSCHUWING needs a motivation, INFO informs. */
public enum Ernst {
    FOUT, WAARSCHUWING, INFO;

    public static Ernst vanNaam(String naam) {
        for (Ernst e : values()) {
            if (e.name().equalsIgnoreCase(naam)) {
                return e;
            }
        }
        return null;
    }
}
