package nl.indiceer.regeling;

import java.util.Locale;

/**
 * Units in which care is indicated. The codes are those of iStandaarden code list WJ756
 * (eenheid) as used in JW301/WMO301.
 */
public enum Eenheid {
    MINUUT("01", "minuut", "minuten"),
    UUR("04", "uur", "uur"),
    DAGDEEL("16", "dagdeel", "dagdelen"),
    ETMAAL("14", "etmaal", "etmalen"),
    /** Stuks (inspanning), WJ756 code 84: an inspanningsgericht product priced per piece (OP305). */
    STUKS("84", "stuks", "stuks"),
    /** A traject or plek is allocated as an amount in euros (WJ756 code 83, volume in eurocent). */
    TRAJECT("83", "traject", "trajecten");

    private final String istandaardCode;
    private final String enkelvoud;
    private final String meervoud;

    Eenheid(String istandaardCode, String enkelvoud, String meervoud) {
        this.istandaardCode = istandaardCode;
        this.enkelvoud = enkelvoud;
        this.meervoud = meervoud;
    }

    public String istandaardCode() {
        return istandaardCode;
    }

    public String enkelvoud() {
        return enkelvoud;
    }

    /** Dutch word for a quantity: "1 uur", "2 dagdelen". */
    public String woord(boolean meer) {
        return meer ? meervoud : enkelvoud;
    }

    /** True for units that are lengths of time and can be converted to minutes. */
    public boolean isTijd() {
        return this == MINUUT || this == UUR || this == DAGDEEL;
    }

    public static Eenheid vanNaam(String naam) {
        for (Eenheid e : values()) {
            if (e.enkelvoud.equals(naam) || e.name().toLowerCase(Locale.ROOT).equals(naam)) {
                return e;
            }
        }
        return null;
    }
}
