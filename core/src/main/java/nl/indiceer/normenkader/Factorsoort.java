package nl.indiceer.normenkader;

import java.util.Locale;

/**
 * What an adjustment factor is about. The capacity kinds (eigen kracht, netwerk, gebruikelijke hulp,
 * voorliggende voorzieningen) may only lower the time; the loader rejects one that raises it.
 */
public enum Factorsoort {
    BEPERKING("beperkingen"),
    HUISHOUDEN("samenstelling huishouden"),
    WONING("woning"),
    VERVUILING("extra vervuiling"),
    BELASTBAARHEID("belastbaarheid"),
    EIGEN_KRACHT("eigen kracht"),
    NETWERK("netwerk"),
    GEBRUIKELIJKE_HULP("gebruikelijke hulp"),
    VOORLIGGENDE_VOORZIENING("voorliggende voorziening"),
    OVERIG("overig");

    public static final String NAMEN = "beperking, huishouden, woning, vervuiling, belastbaarheid, eigen_kracht, netwerk, "
            + "gebruikelijke_hulp, voorliggende_voorziening, overig";
    public static final String CAPACITEIT = "eigen_kracht, netwerk, gebruikelijke_hulp, voorliggende_voorziening";

    private final String omschrijving;

    Factorsoort(String omschrijving) {
        this.omschrijving = omschrijving;
    }

    public String omschrijving() {
        return omschrijving;
    }

    /** Own strength and what others do: these lower the time, never raise it. */
    public boolean isCapaciteit() {
        return this == EIGEN_KRACHT || this == NETWERK || this == GEBRUIKELIJKE_HULP || this == VOORLIGGENDE_VOORZIENING;
    }

    public String naam() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Factorsoort vanNaam(String naam) {
        for (Factorsoort s : values()) {
            if (s.naam().equals(naam)) {
                return s;
            }
        }
        return null;
    }

    public static Factorsoort capaciteitVanNaam(String naam) {
        Factorsoort s = vanNaam(naam);
        return s != null && s.isCapaciteit() ? s : null;
    }
}
