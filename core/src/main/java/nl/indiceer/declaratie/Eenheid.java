package nl.indiceer.declaratie;

/**
 * The unit of an allocation's volume or a prestatie's delivered volume, codelist WJ756. Only minutes and hours convert
 * into each other (IV081: "Alleen voor uren en minuten is er een uitzondering mogelijk"); a dagdeel is 4 hours in the
 * codelist, but IV081 does not allow declaring a dagdeel allocation in hours, so it does not convert here.
 */
public enum Eenheid {
    MINUUT("01"), UUR("04"), ETMAAL("14"), DAGDEEL("16"), STUKS_OUTPUT("82"), EURO("83"), STUKS_INSPANNING("84");

    /** values() copies the array on every call; the lookup runs for every prestatie. */
    private static final Eenheid[] ALLE = values();

    private final String code;

    Eenheid(String code) {
        this.code = code;
    }

    /** The WJ756 code as it stands in a message ("01", "04", ...). */
    public String code() {
        return code;
    }

    /** The unit of a WJ756 code, or null when the code is not in the list. */
    public static Eenheid vanCode(String code) {
        for (Eenheid e : ALLE) {
            if (e.code.equals(code)) {
                return e;
            }
        }
        return null;
    }

    boolean isTijd() {
        return this == MINUUT || this == UUR;
    }

    /** Minutes per unit for a time unit; 1 for every other unit (counted as it is). */
    long basisPerEenheid() {
        return this == UUR ? 60 : 1;
    }
}
