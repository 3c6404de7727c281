package nl.indiceer.aanvraag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/**
 * Builds the JSON tree of an input document token by token, enforcing every limit while it reads: the
 * size of the document, the nesting depth, the length of a text, a name or a number (Jackson's
 * {@link StreamReadConstraints}), the number of elements of each list, of fields of an object and of
 * values in all. The first limit reached stops the reading with a problem that names its JSON path, so
 * neither {@code /dev/zero} nor a generated flood can take more than a moment or more than a bounded
 * amount of memory. Text after the one JSON value is refused.
 */
final class JsonInlezer {

    private static final JsonFactory FABRIEK = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonVelden.MAXIMALE_DIEPTE)
                    .maxStringLength(JsonVelden.MAXIMALE_TEKSTLENGTE)
                    .maxNameLength(JsonVelden.MAXIMALE_NAAMLENGTE)
                    .maxNumberLength(JsonVelden.MAXIMALE_GETALLENGTE)
                    .maxDocumentLength(JsonVelden.MAXIMALE_GROOTTE)
                    .build())
            .build();
    private static final JsonNodeFactory KNOPEN = JsonNodeFactory.withExactBigDecimals(true);

    private final List<Lijstlimiet> limieten;
    private int waarden;
    /** Where the reader is, for a limit reached in the middle of a token. */
    private Plaats plaats = Plaats.WORTEL;

    /**
     * A place in the document, linked to its parent: the path as text is only made for a problem, so that
     * reading a good request costs no more than Jackson's own tree.
     *
     * @param naam  the field name, or null for an element of a list
     * @param index the element's index, for a list element
     */
    private record Plaats(Plaats ouder, String naam, int index) {

        static final Plaats WORTEL = new Plaats(null, null, -1);

        Plaats veld(String veld) {
            return new Plaats(this, veld, -1);
        }

        Plaats element(int i) {
            return new Plaats(this, null, i);
        }

        /** {@code producten[0].posten[1].uren}; "$" for the document itself. */
        String pad() {
            if (ouder == null) {
                return "";
            }
            String boven = ouder.pad();
            return naam != null ? JsonVelden.pad(boven, naam) : (boven.isEmpty() ? "$" : boven) + "[" + index + "]";
        }

        /** The path without indices, as a {@link Lijstlimiet} names it: {@code producten[].posten}. */
        String patroon() {
            if (ouder == null) {
                return "";
            }
            String boven = ouder.patroon();
            return naam != null ? (boven.isEmpty() ? naam : boven + "." + naam) : boven + "[]";
        }

        String tekst() {
            String p = pad();
            return p.isEmpty() ? "$" : p;
        }
    }

    private JsonInlezer(List<Lijstlimiet> limieten) {
        this.limieten = limieten;
    }

    /**
     * @throws OngeldigeAanvraagException GEEN_JSON (with line and column), TE_GROOT, TE_LANG, TE_DIEP or TE_VEEL
     */
    static JsonNode lees(String json, List<Lijstlimiet> limieten) {
        if (json.length() > JsonVelden.MAXIMALE_GROOTTE) {
            throw fout("$", "TE_GROOT", "de invoer is groter dan " + JsonVelden.MAXIMALE_GROOTTE / (1024 * 1024)
                    + " MB; een aanvraag is veel kleiner");
        }
        JsonInlezer lezer = new JsonInlezer(limieten);
        try (JsonParser p = FABRIEK.createParser(json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            JsonNode root = lezer.waarde(p, t, Plaats.WORTEL);
            lezer.plaats = Plaats.WORTEL;
            JsonToken daarna;
            try {
                daarna = p.nextToken();
            } catch (JsonProcessingException e) {
                daarna = JsonToken.NOT_AVAILABLE;
            }
            if (daarna != null) {
                JsonLocation waar = p.currentTokenLocation();
                throw fout("$", "GEEN_JSON", "geen geldige JSON" + bij(waar)
                        + ": na het einde van het JSON-object staat nog tekst; de invoer is één object { ... }");
            }
            return root;
        } catch (StreamConstraintsException e) {
            throw lezer.grens(e);
        } catch (JsonProcessingException e) {
            throw fout("$", "GEEN_JSON", "geen geldige JSON" + bij(e.getLocation()) + ": " + reden(e.getOriginalMessage()));
        } catch (IOException e) {
            throw fout("$", "GEEN_JSON", "geen geldige JSON: " + reden(e.getMessage()));
        }
    }

    private JsonNode waarde(JsonParser p, JsonToken t, Plaats hier) throws IOException {
        plaats = hier;
        if (++waarden > JsonVelden.MAXIMAAL_WAARDEN) {
            throw fout(hier.tekst(), "TE_VEEL", "de invoer heeft meer dan " + JsonVelden.MAXIMAAL_WAARDEN
                    + " waarden; een aanvraag is veel kleiner");
        }
        switch (t) {
            case START_OBJECT:
                return object(p, hier);
            case START_ARRAY:
                return lijst(p, hier);
            case VALUE_STRING:
                return KNOPEN.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return switch (p.getNumberType()) {
                    case INT -> KNOPEN.numberNode(p.getIntValue());
                    case LONG -> KNOPEN.numberNode(p.getLongValue());
                    default -> KNOPEN.numberNode(p.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                try {
                    return KNOPEN.numberNode(p.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException e) {
                    // an exponent beyond what a number can hold (1e99999999999)
                    throw fout(hier.tekst(), "TE_GROOT", "is groter dan " + JsonVelden.MAXIMUM.toPlainString());
                }
            case VALUE_TRUE:
                return KNOPEN.booleanNode(true);
            case VALUE_FALSE:
                return KNOPEN.booleanNode(false);
            case VALUE_NULL:
                return KNOPEN.nullNode();
            default:
                throw new JsonParseException(p, "onverwacht teken");
        }
    }

    private ObjectNode object(JsonParser p, Plaats hier) throws IOException {
        ObjectNode o = KNOPEN.objectNode();
        int velden = 0;
        JsonToken t;
        while ((t = volgende(p, hier)) == JsonToken.FIELD_NAME) {
            String naam = p.currentName();
            Plaats veld = hier.veld(naam);
            if (o.has(naam)) {
                throw fout(veld.tekst(), "DUBBEL_VELD", "staat er twee keer in");
            }
            if (++velden > JsonVelden.MAXIMAAL_VELDEN) {
                throw fout(hier.tekst(), "TE_VEEL", "meer dan " + JsonVelden.MAXIMAAL_VELDEN + " velden in één object");
            }
            plaats = veld;
            JsonToken w = p.nextToken();
            o.set(naam, waarde(p, w, veld));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "de opbouw klopt niet");
        }
        return o;
    }

    /**
     * The next token of an object. Jackson reads a number right after its field name, in this call (a text
     * only later, when asked): a limit reached here is always a number too long, whatever Jackson calls it
     * ("String value length" beyond 20 000 digits), and belongs to that field.
     */
    private JsonToken volgende(JsonParser p, Plaats hier) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            String naam = p.currentName();
            if (naam != null && teLang(e)) {
                throw getalTeLang(hier.veld(naam));
            }
            throw e;
        }
    }

    private static boolean teLang(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        return m.startsWith("Number value length") || m.startsWith("String value length");
    }

    private static OngeldigeAanvraagException getalTeLang(Plaats waar) {
        return fout(waar.tekst(), "TE_LANG", "een getal van meer dan " + JsonVelden.MAXIMALE_GETALLENGTE + " tekens");
    }

    private ArrayNode lijst(JsonParser p, Plaats hier) throws IOException {
        ArrayNode a = KNOPEN.arrayNode();
        Lijstlimiet limiet = null;
        if (!limieten.isEmpty()) {
            String patroon = hier.patroon();
            for (Lijstlimiet l : limieten) {
                if (l.patroon().equals(patroon)) {
                    limiet = l;
                }
            }
        }
        int maximaal = limiet == null ? JsonVelden.MAXIMAAL_ELEMENTEN : limiet.maximaal();
        JsonToken t;
        while ((t = volgendElement(p, hier.element(a.size()))) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new JsonParseException(p, "end-of-input");
            }
            if (a.size() >= maximaal) {
                throw fout(hier.tekst(), "TE_VEEL", "maximaal " + maximaal + " "
                        + (limiet == null ? "elementen in één lijst" : limiet.wat()));
            }
            a.add(waarde(p, t, hier.element(a.size())));
        }
        return a;
    }

    /** The next element of a list; a number too long is reported at its own index (see {@link #volgende}). */
    private static JsonToken volgendElement(JsonParser p, Plaats element) throws IOException {
        try {
            return p.nextToken();
        } catch (StreamConstraintsException e) {
            if (teLang(e)) {
                throw getalTeLang(element);
            }
            throw e;
        }
    }

    /** A limit of Jackson's reached: told in Dutch at the path where the reader was. */
    private OngeldigeAanvraagException grens(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String pad = plaats.tekst();
        if (m.startsWith("Number value length")) {
            return fout(pad, "TE_LANG", "een getal van meer dan " + JsonVelden.MAXIMALE_GETALLENGTE + " tekens");
        }
        if (m.startsWith("String value length")) {
            return fout(pad, "TE_LANG", "tekst van meer dan " + JsonVelden.MAXIMALE_TEKSTLENGTE + " tekens");
        }
        if (m.startsWith("Name length")) {
            return fout(pad, "TE_LANG", "een veldnaam van meer dan " + JsonVelden.MAXIMALE_NAAMLENGTE + " tekens");
        }
        if (m.contains("nesting depth")) {
            return fout(pad, "TE_DIEP", "meer dan " + JsonVelden.MAXIMALE_DIEPTE + " lagen { } of [ ] in elkaar");
        }
        return fout(pad, "TE_GROOT", "de invoer is te groot");
    }

    private static OngeldigeAanvraagException fout(String pad, String code, String melding) {
        return new OngeldigeAanvraagException(List.of(new Invoerfout(pad, code, melding)));
    }

    private static String bij(JsonLocation waar) {
        return waar == null || waar.getLineNr() < 0 ? "" : " bij regel " + waar.getLineNr() + ", kolom " + waar.getColumnNr();
    }

    /** The parser's English message, told in Dutch by kind. */
    private static String reden(String bericht) {
        String b = bericht == null ? "" : bericht;
        if (b.contains("end-of-input")) {
            return "de tekst houdt onverwacht op (ontbreekt een } of ]?)";
        }
        if (b.contains("Unexpected character") || b.contains("Unrecognized token") || b.contains("Illegal")
                || b.contains("Invalid")) {
            return "onverwacht teken (tekst tussen dubbele aanhalingstekens, decimalen met een punt, komma's tussen velden)";
        }
        return "de opbouw klopt niet";
    }
}
