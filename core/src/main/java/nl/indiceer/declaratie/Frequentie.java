package nl.indiceer.declaratie;

/** How often an allocation's volume applies, codelist WMO757 (also used by iJw). */
public enum Frequentie {
    PER_DAG("1"), PER_WEEK("2"), PER_MAAND("4"), TOTAAL("6");

    private final String code;

    Frequentie(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The frequency of a WMO757 code, or null when the code is not in the list. */
    public static Frequentie vanCode(String code) {
        for (Frequentie f : values()) {
            if (f.code.equals(code)) {
                return f;
            }
        }
        return null;
    }
}
