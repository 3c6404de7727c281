package nl.indiceer.web.aanvraag;

import java.util.Locale;

/**
 * CONCEPT: a draft, may be incomplete or not computable. INGEDIEND: handed over, ready for a decision. BESLOTEN: decided
 * (set only by deciding, {@code nl.indiceer.web.beschikking}); a decided request is not changed any more.
 */
public enum Aanvraagstatus {
    CONCEPT, INGEDIEND, BESLOTEN;

    /** The status of this name in any case, or null when there is none. */
    public static Aanvraagstatus vanNaam(String naam) {
        if (naam == null) {
            return null;
        }
        for (Aanvraagstatus s : values()) {
            if (s.name().equals(naam.trim().toUpperCase(Locale.ROOT))) {
                return s;
            }
        }
        return null;
    }
}
