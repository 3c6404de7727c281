package nl.indiceer.aanvraag;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one JSON object field by field, collecting problems with their JSON path, and reporting
 * fields nobody asked for as unknown (a typo must not be ignored silently).
 */
public final class JsonVelden {

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /**
     * Parses JSON text that must be one object; numbers are read exactly (BigDecimal), duplicate keys refused.
     *
     * @param wat how the document is named in the message, e.g. "de aanvraag"
     * @throws OngeldigeAanvraagException with GEEN_JSON or GEEN_OBJECT
     */
    static final BigDecimal MAXIMUM = new BigDecimal("10000000");
    static final int MAXIMAAL_DECIMALEN = 4;

    public static JsonNode leesObject(String json, String wat) {
        JsonNode root;
        try {
            // Windows editors may start a UTF-8 file with a byte order mark; it is not part of the JSON.
            root = JSON.readTree(json.startsWith("\uFEFF") ? json.substring(1) : json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String waar = e.getLocation() == null ? "" : " bij regel " + e.getLocation().getLineNr() + ", kolom "
                    + e.getLocation().getColumnNr();
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("$", "GEEN_JSON",
                    "geen geldige JSON" + waar + ": " + reden(e.getOriginalMessage()))));
        }
        if (root == null || !root.isObject()) {
            throw new OngeldigeAanvraagException(List.of(new Invoerfout("$", "GEEN_OBJECT",
                    wat + " moet een JSON-object { ... } zijn")));
        }
        return root;
    }

    /** The parser's English message, told in Dutch by kind. */
    private static String reden(String bericht) {
        String b = bericht == null ? "" : bericht;
        if (b.contains("end-of-input")) {
            return "de tekst houdt onverwacht op (ontbreekt een } of ]?)";
        }
        if (b.contains("Duplicate field")) {
            return "een veld staat er twee keer in";
        }
        if (b.contains("Unexpected character") || b.contains("Unrecognized token")) {
            return "onverwacht teken (tekst tussen dubbele aanhalingstekens, decimalen met een punt, komma's tussen velden)";
        }
        return "de opbouw klopt niet";
    }

    private final JsonNode node;
    private final String pad;
    private final List<Invoerfout> fouten;
    private final Set<String> gelezen = new HashSet<>();

    public JsonVelden(JsonNode node, String pad, List<Invoerfout> fouten) {
        this.node = node;
        this.pad = pad;
        this.fouten = fouten;
    }

    public String pad(String veld) {
        return pad.isEmpty() ? veld : pad + "." + veld;
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
        if (v.asText().isBlank()) {
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
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            fout(veld, "ONGELDIGE_DATUM", "moet een bestaande datum JJJJ-MM-DD zijn, niet '" + t + "'");
            return null;
        }
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
