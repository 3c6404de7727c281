package nl.indiceer.declaratie;

/**
 * Every outcome of the check, with the rule it applies and the WJ001 retourcode a 325 carries for it (null: the
 * standard has no retourcode for a region's own rule; the 325 writer decides how to report it). {@code afkeurend}
 * false: a note that does not reject the line. The Dutch text is in {@link DeclaratiebevindingTekst}.
 */
public enum Declaratiecode {
    // --- relating the prestatie to its allocation
    TOEWIJZING_ONBEKEND("TR338", "9338", true),
    /** The allocation number exists, but for another provider: the prestatie is not related to an allocation of this provider (TR338). */
    AANBIEDER_ANDERS("TR338", "9338", true),
    CLIENT_ANDERS("TR304", "8187", true),
    PRODUCTCATEGORIE_ANDERS("TR339", "9339", true),
    PRODUCTCODE_ANDERS("TR340", "9340", true),
    EENHEID_ANDERS("TR341", "9341", true),
    // --- the period (OP279, OP367)
    BEGIN_VOOR_TOEWIJZING("TR307", "9307", true),
    EIND_NA_TOEWIJZING("TR308", "9308", true),
    PERIODE_NIET_IN_EEN_MAAND("CS337", "0001", true),
    /** TR387: a product period begins on the 1st of its month, unless the allocation starts later in it. */
    PERIODE_BEGIN_NIET_EERSTE_VAN_MAAND("TR387", "9387", true),
    /** TR388: a product period ends on the last day of its month, unless the allocation ends earlier in it. */
    PERIODE_EIND_NIET_LAATSTE_VAN_MAAND("TR388", "9388", true),
    // --- volume and amount
    VOLUME_PRODUCTPERIODE_TE_HOOG("TR321", "9321", true),
    VOLUME_TOEWIJZING_TE_HOOG("TR322", "9322", true),
    VOLUME_NIET_GETOETST("IV077", null, false),
    BEDRAG_ONJUIST("TR346", "9346", true),
    TARIEF_ONBEKEND("TR346", null, false),
    // --- debit and credit
    DEBET_AL_INGEDIEND("TR389", "9389", true),
    CREDIT_ZONDER_DEBET("TR323", "8017", true),
    CREDIT_WIJKT_AF_VAN_DEBET("TR323", "8017", true),
    AL_GECREDITEERD("TR390", "9390", true),
    CREDIT_IN_ZELFDE_BERICHT("TR316", "0001", true),
    REFERENTIE_AL_INGEDIEND("TR314", "8021", true),
    // --- the region's own rules (rulebook: declaratieregels)
    MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING("regeling: declaratieregels", null, true),
    NO_SHOW_NIET_DECLARABEL("regeling: declaratieregels.no_show", null, false),
    NO_SHOW_NIET_BIJ_CLIENT_THUIS("regeling: declaratieregels.no_show", null, false),
    NO_SHOW_MAXIMUM_BEREIKT("regeling: declaratieregels.no_show", null, false),
    NO_SHOW_REISTIJD_ONBEKEND("regeling: declaratieregels.no_show", null, false),
    GEPLANDE_AFWEZIGHEID_NIET_DECLARABEL("regeling: declaratieregels.geplande_afwezigheid", null, false),
    LANGE_AFWEZIGHEID_BEPERKT("regeling: declaratieregels.lange_afwezigheid", null, false),
    GROEPSTIJD_BEREKEND("regeling: declaratieregels.groepstijd", null, false),
    REGEL_ONDUIDELIJK("regeling: onduidelijk", null, false);

    private final String regel;
    private final String retourcode;
    private final boolean afkeurend;

    Declaratiecode(String regel, String retourcode, boolean afkeurend) {
        this.regel = regel;
        this.retourcode = retourcode;
        this.afkeurend = afkeurend;
    }

    /** The iStandaarden rule (TR321, CS337, ...) or the rulebook key the code applies. */
    public String regel() {
        return regel;
    }

    /** The WJ001 retourcode for a 325, or null. */
    public String retourcode() {
        return retourcode;
    }

    public boolean afkeurend() {
        return afkeurend;
    }
}
