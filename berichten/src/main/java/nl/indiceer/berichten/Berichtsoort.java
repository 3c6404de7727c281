package nl.indiceer.berichten;

/**
 * The kinds of message this project reads and writes, with their BerichtCode (COD002 VEKTIS). The declarations (323) and
 * their answers (325) are streamed by the package {@code nl.indiceer.berichten.declaratie}; a 325 is also read whole by
 * {@code Berichtlezer}, to show it.
 */
public enum Berichtsoort {
    JW301(Wet.JEUGDWET, "301", "436", Richting.GEMEENTE_NAAR_AANBIEDER, "Toewijzing"),
    JW305(Wet.JEUGDWET, "305", "438", Richting.AANBIEDER_NAAR_GEMEENTE, "Start zorg"),
    JW307(Wet.JEUGDWET, "307", "440", Richting.AANBIEDER_NAAR_GEMEENTE, "Stop zorg"),
    JW315(Wet.JEUGDWET, "315", "446", Richting.AANBIEDER_NAAR_GEMEENTE, "Verzoek om toewijzing"),
    JW317(Wet.JEUGDWET, "317", "486", Richting.AANBIEDER_NAAR_GEMEENTE, "Verzoek om wijziging"),
    JW319(Wet.JEUGDWET, "319", "488", Richting.GEMEENTE_NAAR_AANBIEDER, "Antwoord op een verzoek"),
    WMO301(Wet.WMO, "301", "414", Richting.GEMEENTE_NAAR_AANBIEDER, "Toewijzing"),
    WMO305(Wet.WMO, "305", "418", Richting.AANBIEDER_NAAR_GEMEENTE, "Start ondersteuning"),
    WMO307(Wet.WMO, "307", "420", Richting.AANBIEDER_NAAR_GEMEENTE, "Stop ondersteuning"),
    WMO315(Wet.WMO, "315", "444", Richting.AANBIEDER_NAAR_GEMEENTE, "Verzoek om toewijzing"),
    WMO317(Wet.WMO, "317", "480", Richting.AANBIEDER_NAAR_GEMEENTE, "Verzoek om wijziging"),
    WMO319(Wet.WMO, "319", "482", Richting.GEMEENTE_NAAR_AANBIEDER, "Antwoord op een verzoek"),
    // Declarations (issue 11): read as a stream by nl.indiceer.berichten.declaratie.Declaratielezer, not by Berichtlezer.
    JW323(Wet.JEUGDWET, "323", "490", Richting.AANBIEDER_NAAR_GEMEENTE, "Declaratie"),
    JW325(Wet.JEUGDWET, "325", "491", Richting.GEMEENTE_NAAR_AANBIEDER, "Antwoord op een declaratie"),
    WMO323(Wet.WMO, "323", "484", Richting.AANBIEDER_NAAR_GEMEENTE, "Declaratie"),
    WMO325(Wet.WMO, "325", "485", Richting.GEMEENTE_NAAR_AANBIEDER, "Antwoord op een declaratie"),
    // Retour messages (read by nl.indiceer.berichten.xml.Retourlezer): the provider's verdict on a 301 or 319 of the
    // municipality. Only iJw: this copy of iWmo 3.2 has no WMO302 or WMO320 schema or example.
    JW302(Wet.JEUGDWET, "302", "437", Richting.RETOUR, "Retour op een toewijzing"),
    JW320(Wet.JEUGDWET, "320", "489", Richting.RETOUR, "Retour op een antwoord op een verzoek");

    /**
     * Who sends it: the header's Afzender is a municipality (4 digits) or a provider (AGB code). RETOUR: the provider
     * sends it back to the municipality, but its header repeats that of the message it answers (Afzender the
     * municipality), with the retour's own identification beside it.
     */
    public enum Richting { GEMEENTE_NAAR_AANBIEDER, AANBIEDER_NAAR_GEMEENTE, RETOUR }

    /** Release 3.2: BerichtVersie 3, BerichtSubversie 2. */
    public static final String BERICHTVERSIE = "3";
    public static final String BERICHTSUBVERSIE = "2";

    private final Wet wet;
    private final String nummer;
    private final String berichtcode;
    private final Richting richting;
    private final String omschrijving;

    Berichtsoort(Wet wet, String nummer, String berichtcode, Richting richting, String omschrijving) {
        this.wet = wet;
        this.nummer = nummer;
        this.berichtcode = berichtcode;
        this.richting = richting;
        this.omschrijving = omschrijving;
    }

    public Wet wet() {
        return wet;
    }

    /** 301, 305, ...: the same number in both laws. */
    public String nummer() {
        return nummer;
    }

    public String berichtcode() {
        return berichtcode;
    }

    public Richting richting() {
        return richting;
    }

    /** In Dutch, as a user knows it. */
    public String omschrijving() {
        return omschrijving;
    }

    /** The namespace prefix: {@code jw301}, {@code wmo301}. */
    public String prefix() {
        return wet.prefix() + nummer;
    }

    public String namespace() {
        return "http://www.istandaarden.nl/" + wet.standaard() + "/3_2/" + prefix() + "/schema";
    }

    /** The file name of the official schema: {@code JW301.xsd}. */
    public String xsd() {
        return name() + ".xsd";
    }

    public static Berichtsoort van(Wet wet, String nummer) {
        for (Berichtsoort s : values()) {
            if (s.wet == wet && s.nummer.equals(nummer)) {
                return s;
            }
        }
        return null;
    }

    /** The kind whose message namespace this is, or null. */
    public static Berichtsoort metNamespace(String namespace) {
        for (Berichtsoort s : values()) {
            if (s.namespace().equals(namespace)) {
                return s;
            }
        }
        return null;
    }
}
