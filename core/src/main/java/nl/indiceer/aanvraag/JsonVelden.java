package nl.indiceer.aanvraag;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * Reads one JSON object field by field, collecting problems with their JSON path, and reporting
 * fields nobody asked for as unknown (a typo must not be ignored silently).
 */
public final class JsonVelden {

    /** Numbers above this are refused; no indication needs more, and bounds keep arithmetic on 1e99999999 from hanging. */
    static final BigDecimal MAXIMUM = new BigDecimal("10000000");
    static final int MAXIMAAL_DECIMALEN = 4;

    /** The largest input document, in bytes (UTF-8) or characters: 10 MB. */
    public static final int MAXIMALE_GROOTTE = 10 * 1024 * 1024;
    /** The longest text value (a motivation of some pages fits easily). */
    public static final int MAXIMALE_TEKSTLENGTE = 20_000;
    static final int MAXIMALE_NAAMLENGTE = 200;
    static final int MAXIMALE_GETALLENGTE = 100;
    /** The deepest nesting of objects and lists (the formats need 4). */
    public static final int MAXIMALE_DIEPTE = 20;
    /** Fields of one object, and elements of a list without a limit of its own. */
    static final int MAXIMAAL_VELDEN = 100;
    static final int MAXIMAAL_ELEMENTEN = 1_000;
    /** Values in the whole document (every object, list, text, number, true, false and null counts one). */
    static final int MAXIMAAL_WAARDEN = 250_000;

    /** The plausible range of every date in the input: far outside it is a typo, and would only slow the engine down. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAATSTE_DATUM = LocalDate.of(2200, 12, 31);

    /**
     * Parses JSON text that must be one object (and nothing after it), within the limits above;
     * numbers are read exactly (BigDecimal), duplicate keys refused; a byte order mark at the start is skipped.
     *
     * @param wat how the document is named in the message, e.g. "de aanvraag"
     * @throws OngeldigeAanvraagException with GEEN_JSON, GEEN_OBJECT, DUBBEL_VELD or a limit (TE_GROOT, TE_LANG, TE_DIEP, TE_VEEL)
     */
    public static JsonNode leesObject(String json, String wat) {
        return leesObject(json, wat, List.of());
    }

    /** As {@link #leesObject(String, String)}, with the most elements each named list may have. */
    public static JsonNode leesObject(String json, String wat, List<Lijstlimiet> limieten) {
        // Windows editors may start a UTF-8 file with a byte order mark; it is not part of the JSON.
        JsonNode root = JsonInlezer.lees(json.startsWith("\uFEFF") ? json.substring(1) : json, limieten);
        if (root == null || !root.isObject()) {
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("$", "GEEN_OBJECT",
                    wat + " moet een JSON-object { ... } zijn")));
        }
        return root;
    }

    private static boolean gewoonWoord(String veld) {
        if (veld.isEmpty()) {
            return false;
        }
        for (int i = 0; i < veld.length(); i++) {
            char c = veld.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                return false;
            }
        }
        return true;
    }

    /** Whether a date lies in the plausible range 1900-01-01 to 2200-12-31. */
    public static boolean datumBinnenBereik(LocalDate datum) {
        return !datum.isBefore(VROEGSTE_DATUM) && !datum.isAfter(LAATSTE_DATUM);
    }

    /** The problem for a date outside that range. */
    public static Invoerfout datumBuitenBereik(String pad, LocalDate datum) {
        return new Invoerfout(pad, "DATUM_BUITEN_BEREIK", "moet tussen " + VROEGSTE_DATUM + " en " + LAATSTE_DATUM
                + " liggen, niet '" + datum + "'");
    }

    private final JsonNode node;
    private final String pad;
    private final List<Invoerfout> fouten;
    /**
     * The names asked for, to find the unknown ones. A list, not a HashSet: an object asks for about ten names, and
     * hashing each into a set per object was the largest single cost of reading a request (issue 12: a million stored
     * requests re-read); the names are Jackson's canonical instances, so equals mostly ends at the identity check.
     */
    private final List<String> gelezen = new ArrayList<>(16);

    public JsonVelden(JsonNode node, String pad, List<Invoerfout> fouten) {
        this.node = node;
        this.pad = pad;
        this.fouten = fouten;
    }

    /** This object as compact JSON text, as it was given. */
    public String json() {
        return node.toString();
    }

    public String pad(String veld) {
        return pad(pad, veld);
    }

    /**
     * The path of a field: {@code producten[0].uren}; a name that is not a plain word (empty, with a space,
     * a dot or a quote) in brackets, so that every problem names a path: {@code producten[0][""]}.
     */
    public static String pad(String ouder, String veld) {
        if (!gewoonWoord(veld)) {
            return (ouder.isEmpty() ? "$" : ouder) + "[\"" + veld.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return ouder.isEmpty() ? veld : ouder + "." + veld;
    }

    public void fout(String veld, String code, String melding) {
        fouten.add(new Invoerfout(pad(veld), code, melding));
    }

    private JsonNode waarde(String veld) {
        gelezen.add(veld);
        JsonNode v = node.get(veld);
        return v == null || v.isNull() ? null : v;
    }

    public boolean heeft(String veld) {
        return waarde(veld) != null;
    }

    public String tekst(String veld, boolean verplicht) {
        JsonNode v = waarde(veld);
        if (v == null) {
            if (verplicht) {
                fout(veld, "VERPLICHT", "ontbreekt");
            }
            return null;
        }
        if (!v.isTextual()) {
            fout(veld, "GEEN_TEKST", "moet tekst zijn");
            return null;
        }
        if (!VeiligeTekst.heeftInhoud(v.asText())) {
            if (verplicht) {
                fout(veld, "LEEG", "mag niet leeg zijn");
            }
            return null;
        }
        return v.asText().trim();
    }

    public BigDecimal getal(String veld, boolean verplicht) {
        JsonNode v = waarde(veld);
        if (v == null) {
            if (verplicht) {
                fout(veld, "VERPLICHT", "ontbreekt");
            }
            return null;
        }
        if (!v.isNumber()) {
            fout(veld, "GEEN_GETAL", "moet een getal zijn (met een punt als decimaalteken)");
            return null;
        }
        BigDecimal g = v.decimalValue();
        // No indication needs more; bounds also keep arithmetic on absurd exponents (1e99999999) from hanging.
        if (g.abs().compareTo(MAXIMUM) > 0) {
            fout(veld, "TE_GROOT", "is groter dan " + MAXIMUM.toPlainString());
            return null;
        }
        if (g.signum() != 0 && g.stripTrailingZeros().scale() > MAXIMAAL_DECIMALEN) {
            fout(veld, "TE_VEEL_DECIMALEN", "heeft meer dan " + MAXIMAAL_DECIMALEN + " decimalen");
            return null;
        }
        return g;
    }

    /** true or false; any other value is GEEN_JA_NEE. */
    public Boolean jaNee(String veld, boolean verplicht) {
        JsonNode v = waarde(veld);
        if (v == null) {
            if (verplicht) {
                fout(veld, "VERPLICHT", "ontbreekt");
            }
            return null;
        }
        if (!v.isBoolean()) {
            fout(veld, "GEEN_JA_NEE", "moet true of false zijn");
            return null;
        }
        return v.booleanValue();
    }

    public BigDecimal positief(String veld, boolean verplicht) {
        BigDecimal g = getal(veld, verplicht);
        if (g != null && g.signum() <= 0) {
            fout(veld, "NIET_POSITIEF", "moet groter dan 0 zijn");
            return null;
        }
        return g;
    }

    public LocalDate datum(String veld, boolean verplicht) {
        String t = tekst(veld, verplicht);
        if (t == null) {
            return null;
        }
        LocalDate d = gewoneDatum(t);
        try {
            if (d == null) {
                d = LocalDate.parse(t);
            }
        } catch (DateTimeParseException e) {
            fout(veld, "ONGELDIGE_DATUM", "moet een bestaande datum JJJJ-MM-DD zijn, niet '" + t + "'");
            return null;
        }
        if (!datumBinnenBereik(d)) {
            fouten.add(datumBuitenBereik(pad(veld), d));
            return null;
        }
        return d;
    }

    /**
     * JJJJ-MM-DD of an existing date read digit by digit, or null for anything else (which then goes through
     * LocalDate.parse, for the same result and the same refusal): DateTimeFormatter's general parser cost more than
     * the rest of reading a request together.
     */
    static LocalDate gewoneDatum(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return null;
        }
        int j = cijfers(t, 0, 4);
        int m = cijfers(t, 5, 7);
        int d = cijfers(t, 8, 10);
        if (j < 0 || m < 1 || m > 12 || d < 1 || d > java.time.Month.of(m).length(java.time.Year.isLeap(j))) {
            return null;
        }
        return LocalDate.of(j, m, d);
    }

    private static int cijfers(String t, int van, int tot) {
        int n = 0;
        for (int i = van; i < tot; i++) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public <E> E keuze(String veld, boolean verplicht, Function<String, E> lees, String toegestaan) {
        String t = tekst(veld, verplicht);
        if (t == null) {
            return null;
        }
        E e = lees.apply(t);
        if (e == null) {
            fout(veld, "ONBEKENDE_WAARDE", "onbekende waarde '" + t + "'; kies uit " + toegestaan);
        }
        return e;
    }

    public JsonVelden object(String veld, boolean verplicht) {
        JsonNode v = waarde(veld);
        if (v == null) {
            if (verplicht) {
                fout(veld, "VERPLICHT", "ontbreekt");
            }
            return null;
        }
        if (!v.isObject()) {
            fout(veld, "GEEN_OBJECT", "moet een object { ... } zijn");
            return null;
        }
        return new JsonVelden(v, pad(veld), fouten);
    }

    public List<JsonVelden> lijst(String veld) {
        List<JsonVelden> uit = new ArrayList<>();
        JsonNode v = waarde(veld);
        if (v == null) {
            return uit;
        }
        if (!v.isArray()) {
            fout(veld, "GEEN_LIJST", "moet een lijst [ ... ] zijn");
            return uit;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String itemPad = pad(veld) + "[" + i + "]";
            if (!item.isObject()) {
                fouten.add(new Invoerfout(itemPad, "GEEN_OBJECT", "moet een object { ... } zijn"));
            } else {
                uit.add(new JsonVelden(item, itemPad, fouten));
            }
        }
        return uit;
    }

    /** A list of texts, e.g. ids: {@code ["T1", "T2"]}; each item must be a non-empty text. */
    public List<String> teksten(String veld) {
        List<String> uit = new ArrayList<>();
        JsonNode v = waarde(veld);
        if (v == null) {
            return uit;
        }
        if (!v.isArray()) {
            fout(veld, "GEEN_LIJST", "moet een lijst [ ... ] zijn");
            return uit;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode item = v.get(i);
            String itemPad = pad(veld) + "[" + i + "]";
            if (!item.isTextual()) {
                fouten.add(new Invoerfout(itemPad, "GEEN_TEKST", "moet tekst zijn"));
            } else if (item.asText().isBlank()) {
                fouten.add(new Invoerfout(itemPad, "LEEG", "mag niet leeg zijn"));
            } else {
                uit.add(item.asText());
            }
        }
        return uit;
    }

    /**
     * An object of yes/no answers, e.g. {@code {"risicovolle_handelingen": true}}, in the order given; a value that
     * is not true or false is refused on its own path.
     */
    public java.util.Map<String, Boolean> jaNeeWaarden(String veld) {
        java.util.Map<String, Boolean> uit = new java.util.LinkedHashMap<>();
        JsonNode v = waarde(veld);
        if (v == null) {
            return uit;
        }
        if (!v.isObject()) {
            fout(veld, "GEEN_OBJECT", "moet een object { ... } zijn");
            return uit;
        }
        Iterator<java.util.Map.Entry<String, JsonNode>> velden = v.fields();
        while (velden.hasNext()) {
            java.util.Map.Entry<String, JsonNode> e = velden.next();
            if (!e.getValue().isBoolean()) {
                fouten.add(new Invoerfout(pad(pad(veld), e.getKey()), "GEEN_JA_NEE", "moet true of false zijn"));
            } else {
                uit.put(e.getKey(), e.getValue().booleanValue());
            }
        }
        return uit;
    }

    /**
     * The facts under {@code veld}: true or false, returned; a number (a fact the rulebook declares as a getal, such
     * as an assessed IQ) goes into {@code getallen}, with the bounds of {@link #getal}. Anything else is
     * GEEN_JA_NEE.
     */
    public java.util.Map<String, Boolean> feitwaarden(String veld, java.util.Map<String, BigDecimal> getallen) {
        java.util.Map<String, Boolean> uit = new java.util.LinkedHashMap<>();
        JsonNode v = waarde(veld);
        if (v == null) {
            return uit;
        }
        if (!v.isObject()) {
            fout(veld, "GEEN_OBJECT", "moet een object { ... } zijn");
            return uit;
        }
        JsonVelden binnen = new JsonVelden(v, pad(veld), fouten);
        Iterator<java.util.Map.Entry<String, JsonNode>> velden = v.fields();
        while (velden.hasNext()) {
            java.util.Map.Entry<String, JsonNode> e = velden.next();
            if (e.getValue().isBoolean()) {
                uit.put(e.getKey(), e.getValue().booleanValue());
            } else if (e.getValue().isNumber()) {
                BigDecimal g = binnen.getal(e.getKey(), true);
                if (g != null) {
                    getallen.put(e.getKey(), g);
                }
            } else {
                fouten.add(new Invoerfout(pad(pad(veld), e.getKey()), "GEEN_JA_NEE", "moet true of false zijn, of een getal bij een feit dat een getal is"));
            }
        }
        return uit;
    }

    public void controleerOnbekendeVelden() {
        Iterator<String> namen = node.fieldNames();
        while (namen.hasNext()) {
            String naam = namen.next();
            if (!gelezen.contains(naam)) {
                fout(naam, "ONBEKEND_VELD", "onbekend veld");
            }
        }
    }
}
