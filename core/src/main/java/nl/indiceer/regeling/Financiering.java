package nl.indiceer.regeling;

/** Financing form of an allocation: zorg in natura or a persoonsgebonden budget (formal or informal). */
public enum Financiering {
    ZIN("zorg in natura"),
    PGB_FORMEEL("pgb formeel"),
    PGB_INFORMEEL("pgb informeel");

    private final String omschrijving;

    Financiering(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean isPgb() {
        return this != ZIN;
    }

    public static Financiering vanNaam(String naam) {
        for (Financiering f : values()) {
            if (f.name().equalsIgnoreCase(naam)) {
                return f;
            }
        }
        return null;
    }
}
