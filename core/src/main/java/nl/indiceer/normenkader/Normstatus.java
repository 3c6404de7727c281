package nl.indiceer.normenkader;

/**
 * What a normenkader file is: adopted policy, an incomplete copy of a published normenkader (values
 * missing, each marked {@code ontbreekt}), or an example without any policy status. Shown in every
 * result computed with it.
 */
public enum Normstatus {
    VASTGESTELD("vastgesteld"),
    ONVOLLEDIG("onvolledig — niet alle normtijden zijn beschikbaar"),
    VOORBEELD("voorbeeld — geen vastgesteld beleid");

    private final String tekst;

    Normstatus(String tekst) {
        this.tekst = tekst;
    }

    /** The label shown to people, e.g. "voorbeeld — geen vastgesteld beleid". */
    public String tekst() {
        return tekst;
    }

    /** Accepts the short code ({@code voorbeeld}) or the full label as written in the data. */
    public static Normstatus vanNaam(String naam) {
        for (Normstatus s : values()) {
            if (s.name().equalsIgnoreCase(naam) || s.tekst.equalsIgnoreCase(naam)) {
                return s;
            }
        }
        return null;
    }
}
