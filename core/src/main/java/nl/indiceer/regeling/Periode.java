package nl.indiceer.regeling;

/**
 * The allocation period (frequentie, iStandaarden code list WMO757) a consultant chooses for a line.
 */
public enum Periode {
    WEEK("2", "per week"),
    MAAND("4", "per maand"),
    TOTAAL("6", "totaal binnen de geldigheidsduur");

    private final String istandaardCode;
    private final String omschrijving;

    Periode(String istandaardCode, String omschrijving) {
        this.istandaardCode = istandaardCode;
        this.omschrijving = omschrijving;
    }

    public String istandaardCode() {
        return istandaardCode;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public static Periode vanNaam(String naam) {
        for (Periode p : values()) {
            if (p.name().equalsIgnoreCase(naam)) {
                return p;
            }
        }
        return null;
    }
}
