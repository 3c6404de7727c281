package nl.indiceer.normenkader;

import java.util.Locale;

/**
 * The period a norm time, factor or deviation is expressed in: per occurrence (keer), or per week, two
 * weeks, month or year. Conversion to a week uses the normenkader's weeks per year and the region's
 * weeks per month.
 */
public enum Normperiode {
    KEER("keer", "per keer"),
    WEEK("week", "per week"),
    TWEE_WEKEN("twee_weken", "per twee weken"),
    MAAND("maand", "per maand"),
    JAAR("jaar", "per jaar");

    public static final String NAMEN = "keer, week, twee_weken, maand, jaar";
    public static final String PERIODEN = "week, twee_weken, maand, jaar";

    private final String naam;
    private final String omschrijving;

    Normperiode(String naam, String omschrijving) {
        this.naam = naam;
        this.omschrijving = omschrijving;
    }

    /** The name in data files and JSON: "twee_weken". */
    public String naam() {
        return naam;
    }

    /** Dutch: "per twee weken". */
    public String omschrijving() {
        return omschrijving;
    }

    public static Normperiode vanNaam(String naam) {
        String n = naam.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (Normperiode p : values()) {
            if (p.naam.equals(n)) {
                return p;
            }
        }
        return null;
    }

    /** A period (not "keer"), or null. */
    public static Normperiode periodeVanNaam(String naam) {
        Normperiode p = vanNaam(naam);
        return p == KEER ? null : p;
    }
}
