package nl.indiceer.normenkader;

import java.util.Locale;
import nl.indiceer.regeling.Periode;

/**
 * The period a norm time, factor or deviation is expressed in: per occurrence (keer), or per week, two
 * weeks, month or year. Conversion to a week uses the normenkader's weeks per year and the region's
 * weeks per month.
 *
 * <p>Not the engine's {@link Periode}: that is the allocation period of a product line (iStandaarden
 * WMO757: week, maand, totaal binnen de geldigheidsduur). A normenkader's sources also write per keer,
 * per twee weken and per jaar (KPMG: "108 uur per jaar"; HHM: a two-weekly rhythm), which an allocation
 * never has, and an allocation's "totaal" is no norm period. Where the two overlap (week, maand), a
 * Normperiode names its {@link Periode} ({@link #periode()}, {@link #van(Periode)}) and takes its Dutch
 * description from it.
 */
public enum Normperiode {
    KEER("keer", "per keer", null),
    WEEK("week", Periode.WEEK),
    TWEE_WEKEN("twee_weken", "per twee weken", null),
    MAAND("maand", Periode.MAAND),
    JAAR("jaar", "per jaar", null);

    public static final String NAMEN = "keer, week, twee_weken, maand, jaar";
    public static final String PERIODEN = "week, twee_weken, maand, jaar";

    private final String naam;
    private final String omschrijving;
    private final Periode periode;

    Normperiode(String naam, String omschrijving, Periode periode) {
        this.naam = naam;
        this.omschrijving = omschrijving;
        this.periode = periode;
    }

    Normperiode(String naam, Periode periode) {
        this(naam, periode.omschrijving(), periode);
    }

    /** The engine's allocation period with the same meaning (week, maand), or null (keer, twee weken, jaar). */
    public Periode periode() {
        return periode;
    }

    /** The norm period of an allocation period; null for TOTAAL. */
    public static Normperiode van(Periode periode) {
        for (Normperiode p : values()) {
            if (periode != null && p.periode == periode) {
                return p;
            }
        }
        return null;
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
