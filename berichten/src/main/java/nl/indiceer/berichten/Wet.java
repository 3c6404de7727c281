package nl.indiceer.berichten;

/**
 * The law a message belongs to, and with it the iStandaard: iJw for the Jeugdwet, iWmo for the Wmo. Both releases 3.2
 * share the structure of their messages; they differ in namespaces, message codes and a few elements.
 */
public enum Wet {
    JEUGDWET("ijw", "JW", "jw", "Jeugdwet"),
    WMO("iwmo", "WMO", "wmo", "Wmo");

    private final String standaard;
    private final String voorvoegsel;
    private final String prefix;
    private final String naam;

    Wet(String standaard, String voorvoegsel, String prefix, String naam) {
        this.standaard = standaard;
        this.voorvoegsel = voorvoegsel;
        this.prefix = prefix;
        this.naam = naam;
    }

    /** {@code ijw} or {@code iwmo}: the folder of the official material and the prefix of the basisschema. */
    public String standaard() {
        return standaard;
    }

    /** {@code JW} or {@code WMO}: the start of a message's name (JW301, WMO301). */
    public String voorvoegsel() {
        return voorvoegsel;
    }

    /** The namespace prefix of a message ({@code jw301}, {@code wmo301}). */
    String prefix() {
        return prefix;
    }

    /** The namespace of the shared types (CDT_..., LDT_...). */
    public String basisNamespace() {
        return "http://www.istandaarden.nl/" + standaard + "/3_2/basisschema/schema";
    }

    public String naam() {
        return naam;
    }

    /** The law of a rulebook or product ({@code jeugdwet}, {@code wmo}); null for anything else (such as {@code beide}). */
    public static Wet van(String regelingWet) {
        if ("jeugdwet".equals(regelingWet)) {
            return JEUGDWET;
        }
        if ("wmo".equals(regelingWet)) {
            return WMO;
        }
        return null;
    }
}
