package nl.indiceer.regeling;

/** What a declared fact holds: true/false (the default) or a number such as an assessed IQ. */
public enum Feitsoort {
    JA_NEE("ja_nee"),
    GETAL("getal");

    public static final String NAMEN = "ja_nee, getal";

    private final String naam;

    Feitsoort(String naam) {
        this.naam = naam;
    }

    public String naam() {
        return naam;
    }

    public static Feitsoort vanNaam(String naam) {
        for (Feitsoort s : values()) {
            if (s.naam.equals(naam)) {
                return s;
            }
        }
        return null;
    }
}
