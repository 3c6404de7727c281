package nl.indiceer.declaratie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Dutch text of a declaration finding, for the report and the pages. Only rendering: no check looks at it.
 * Template syntax: {@code {naam}} is a parameter, {@code {naam?A|B}} renders A when it is present and B otherwise.
 */
public final class DeclaratiebevindingTekst {

    private static final Map<Declaratiecode, String> SJABLONEN = new EnumMap<>(Declaratiecode.class);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    /** A choice whose branches may hold parameters ({@code {debet?{debet}|...}}), but no further choices. */
    private static final Pattern KEUZE = Pattern.compile("\\{(\\w+)\\?((?:[^|{}]|\\{\\w+})*)\\|((?:[^{}]|\\{\\w+})*)}");
    private static final Pattern NAAM = Pattern.compile("\\{(\\w+)}");

    static {
        z(Declaratiecode.TOEWIJZING_ONBEKEND, "Toewijzing {toewijzing} is niet bekend.");
        z(Declaratiecode.AANBIEDER_ANDERS, "Toewijzing {toewijzing} is toegewezen aan aanbieder {toegewezenAan}, niet aan {aanbieder}.");
        z(Declaratiecode.CLIENT_ANDERS, "De prestatie hoort niet bij de cliënt van toewijzing {toewijzing}.");
        z(Declaratiecode.PRODUCTCATEGORIE_ANDERS, "Productcategorie {gedeclareerd} is niet de toegewezen categorie {toegewezen}.");
        z(Declaratiecode.PRODUCTCODE_ANDERS, "Productcode {gedeclareerd} is niet de toegewezen productcode {toegewezen}.");
        z(Declaratiecode.EENHEID_ANDERS, "Eenheid {gedeclareerd} past niet bij de toegewezen eenheid {toegewezen}.");
        z(Declaratiecode.BEGIN_VOOR_TOEWIJZING, "De productperiode begint op {begin}, voor de ingangsdatum van de toewijzing ({ingangsdatum}).");
        z(Declaratiecode.EIND_NA_TOEWIJZING, "De productperiode eindigt op {eind}, na de einddatum van de toewijzing ({einddatum}).");
        z(Declaratiecode.PERIODE_NIET_IN_EEN_MAAND, "De productperiode {begin} t/m {eind} valt niet binnen één kalendermaand.");
        z(Declaratiecode.PERIODE_BEGIN_NIET_EERSTE_VAN_MAAND, "De productperiode begint op {begin}, niet op de eerste van de maand, "
                + "terwijl de toewijzing (ingang {ingangsdatum}) niet later in die maand begint.");
        z(Declaratiecode.PERIODE_EIND_NIET_LAATSTE_VAN_MAAND, "De productperiode eindigt op {eind}, niet op de laatste dag van de maand, "
                + "terwijl de toewijzing niet eerder in die maand eindigt.");
        z(Declaratiecode.VOLUME_PRODUCTPERIODE_TE_HOOG, "Gedeclareerd {gedeclareerd} {eenheid}; in deze productperiode mag ten hoogste "
                + "{maximum} {toegewezenEenheid} ({aantal} {telling}{plusEen? + 1 voor de laatste gebroken week|} × {omvang}).");
        z(Declaratiecode.VOLUME_TOEWIJZING_TE_HOOG, "Met deze {gedeclareerd} {eenheid} komt het totaal boven het maximum over de "
                + "toewijzing: eerder {eerder}, maximum {maximum} {basiseenheid} ({aantal} {telling}).");
        z(Declaratiecode.VOLUME_NIET_GETOETST, "Het volume is niet per productperiode getoetst: voor {variant} met frequentie "
                + "{frequentie} geeft IV077 geen rekenmethode.");
        z(Declaratiecode.BEDRAG_ONJUIST, "Ingediend {ingediend} cent; volume {volume} {eenheid} × tarief {tarief} cent per "
                + "{tariefeenheid} is {verwacht} cent.");
        z(Declaratiecode.TARIEF_ONBEKEND, "Het bedrag is niet getoetst: geen tarief bekend dat bij eenheid {eenheid} past.");
        z(Declaratiecode.DEBET_AL_INGEDIEND, "Voor deze productperiode ({begin} t/m {eind}) is al een debetprestatie goedgekeurd "
                + "({referentie}); crediteer die eerst.");
        z(Declaratiecode.CREDIT_ZONDER_DEBET, "Er is geen goedgekeurde debetprestatie {debet?{debet}|(VorigReferentieNummer ontbreekt)} "
                + "om te crediteren.");
        z(Declaratiecode.CREDIT_WIJKT_AF_VAN_DEBET, "De creditprestatie wijkt af van debetprestatie {debet} in {veld}.");
        z(Declaratiecode.AL_GECREDITEERD, "Debetprestatie {debet} is al gecrediteerd.");
        z(Declaratiecode.CREDIT_IN_ZELFDE_BERICHT, "Debetprestatie {debet} wordt in hetzelfde bericht gecrediteerd.");
        z(Declaratiecode.REFERENTIE_AL_INGEDIEND, "Referentienummer {referentie} is al eerder ingediend.");
        z(Declaratiecode.MEER_DAN_TOEGESTAAN_VOLGENS_LEVERING, "Gedeclareerd {gedeclareerd} {eenheid}; volgens de afspraken en de "
                + "regels van de regio mag ten hoogste {toegestaan} {eenheid}.");
        z(Declaratiecode.NO_SHOW_NIET_DECLARABEL, "No-show op {datum} is bij dit product niet declarabel{groep? (groepsproduct)|}.");
        z(Declaratiecode.NO_SHOW_NIET_BIJ_CLIENT_THUIS, "No-show op {datum} was niet bij de cliënt thuis en is niet declarabel.");
        z(Declaratiecode.NO_SHOW_MAXIMUM_BEREIKT, "No-show op {datum}: in {jaar} zijn al {maximum} no-shows voor dit product gedeclareerd.");
        z(Declaratiecode.NO_SHOW_REISTIJD_ONBEKEND, "No-show op {datum}: alleen de reistijd is declarabel, en die is niet opgegeven.");
        z(Declaratiecode.GEPLANDE_AFWEZIGHEID_NIET_DECLARABEL, "Geplande afwezigheid op {datum} is niet declarabel.");
        z(Declaratiecode.LANGE_AFWEZIGHEID_BEPERKT, "Afspraak op {datum}: meer dan {weken} weken na het begin van de afwezigheid "
                + "({vanaf}) telt ten hoogste {aandeel} van de afspraak.");
        z(Declaratiecode.GROEPSTIJD_BEREKEND, "Groep op {datum}: {duur} × {hulpverleners} hulpverlener(s) of de groepsduur × {factor} "
                + "gedeeld door {aanwezigen} aanwezigen is {perClient} per cliënt.");
        z(Declaratiecode.REGEL_ONDUIDELIJK, "De regel is in de bron onduidelijk.");
        for (Declaratiecode c : Declaratiecode.values()) {
            if (!SJABLONEN.containsKey(c)) {
                throw new IllegalStateException("geen tekst voor " + c);
            }
        }
    }

    private DeclaratiebevindingTekst() {
    }

    private static void z(Declaratiecode code, String sjabloon) {
        SJABLONEN.put(code, sjabloon);
    }

    /** The Dutch text, with the rule (and for a region's rule its source and what is unclear). */
    public static String tekst(Declaratiebevinding b) {
        String s = SJABLONEN.get(b.code());
        Matcher k = KEUZE.matcher(s);
        StringBuilder uit = new StringBuilder();
        while (k.find()) {
            Object w = b.parameter(k.group(1));
            boolean aanwezig = w != null && !Boolean.FALSE.equals(w);
            k.appendReplacement(uit, Matcher.quoteReplacement(aanwezig ? k.group(2) : k.group(3)));
        }
        k.appendTail(uit);
        Matcher n = NAAM.matcher(uit.toString());
        StringBuilder klaar = new StringBuilder();
        while (n.find()) {
            n.appendReplacement(klaar, Matcher.quoteReplacement(waarde(b.parameter(n.group(1)))));
        }
        n.appendTail(klaar);
        String regel = b.bron() != null ? " (" + b.bron().documentId() + ":" + b.bron().plaats() + ")"
                : " (" + b.code().regel() + ")";
        return klaar + regel + (b.onduidelijk() != null ? " Onduidelijk: " + b.onduidelijk() : "");
    }

    private static String waarde(Object w) {
        if (w == null) {
            return "?";
        }
        if (w instanceof LocalDate d) {
            return d.format(DATUM);
        }
        if (w instanceof BigDecimal g) {
            return g.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        if (w instanceof Eenheid e) {
            return switch (e) {
                case MINUUT -> "minuten";
                case UUR -> "uur";
                case ETMAAL -> "etmalen";
                case DAGDEEL -> "dagdelen";
                case STUKS_OUTPUT, STUKS_INSPANNING -> "stuks";
                case EURO -> "euro";
            };
        }
        if (w instanceof Telling t) {
            return switch (t) {
                case KALENDERWEKEN -> "kalenderweken";
                case ZONDAGEN -> "zondagen";
                case ZESMAAL_WEEKVOLUME -> "× weekvolume (huishoudelijke hulp)";
                case DAGEN -> "dagen";
                case MAANDEN -> "maanden";
                case TOTAAL -> "× totaal";
            };
        }
        if (w instanceof Enum<?> e) {
            return e.name().toLowerCase().replace('_', ' ');
        }
        return w.toString();
    }
}
