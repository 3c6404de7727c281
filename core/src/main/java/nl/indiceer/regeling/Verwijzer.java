package nl.indiceer.regeling;

/**
 * Who refers the client for help, which decides what may be deployed (Jeugdwet art. 2.6 and 2.3: the gemeentelijke
 * toegang; the medical route of huisarts, medisch specialist and jeugdarts; a gecertificeerde instelling during a
 * maatregel; strafrecht; the familierechter).
 */
public enum Verwijzer {
    GEMEENTELIJKE_TOEGANG, HUISARTS, MEDISCH_SPECIALIST, JEUGDARTS, GECERTIFICEERDE_INSTELLING, STRAFRECHT, FAMILIERECHTER;

    public static final String NAMEN = "gemeentelijke_toegang, huisarts, medisch_specialist, jeugdarts, "
            + "gecertificeerde_instelling, strafrecht, familierechter";

    public static Verwijzer vanNaam(String naam) {
        for (Verwijzer v : values()) {
            if (v.name().equalsIgnoreCase(naam)) {
                return v;
            }
        }
        return null;
    }

    /** The name as written in a rulebook or a request: {@code gemeentelijke_toegang}. */
    public String naam() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
