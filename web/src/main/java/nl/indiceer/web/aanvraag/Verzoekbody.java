package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.web.fout.Veldfouten;

/**
 * Reads the body of {@code POST} and {@code PUT /api/aanvragen}: {@code {"clientId": 12, "status": "CONCEPT",
 * "versie": 3, "invoer": { ... }}}, token by token. {@code invoer} is kept as the exact text the caller sent (from
 * its opening brace to its closing one), so the engine reads precisely what {@code POST /api/berekening} would read
 * for it, numbers and all, and the stored input is the caller's own text. Every problem is collected with the path
 * of its field. Members that an answer holds but a caller does not set ({@code id}, {@code resultaat}, ...) are
 * ignored, so that an answer can be sent back changed; any other unknown member is refused, since a misspelt
 * {@code "stauts"} must not be ignored silently.
 */
final class Verzoekbody {

    /** Absent members are null; {@code invoer} is the JSON text of the object. */
    record Velden(Long clientId, Aanvraagstatus status, Integer versie, String invoer) {
        @Override
        public String toString() {
            return "Velden[client " + clientId + ", " + status + ", versie " + versie + "]";
        }
    }

    static final Set<String> ALLEEN_IN_ANTWOORD = Set.of("id", "gemeentecode", "consulent", "gewijzigdDoor",
            "regeling", "resultaat", "fouten", "samenvatting", "aangemaakt", "gewijzigd");

    /** The engine's limits, one level deeper for the body around the input. */
    private static final JsonFactory FABRIEK = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonVelden.MAXIMALE_DIEPTE + 1)
                    .maxStringLength(JsonVelden.MAXIMALE_TEKSTLENGTE)
                    .maxNameLength(200)
                    .maxNumberLength(100)
                    .build())
            .build();

    private Verzoekbody() {
    }

    static Velden lees(String tekst) {
        String body = tekst.startsWith("\uFEFF") ? tekst.substring(1) : tekst;
        List<Map<String, String>> fouten = new ArrayList<>();
        Long clientId = null;
        Aanvraagstatus status = null;
        Integer versie = null;
        String invoer = null;
        String veld = null;
        try (JsonParser p = FABRIEK.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw ongeldig("$", "GEEN_OBJECT", "de body moet een JSON-object zijn: {\"clientId\": ..., \"invoer\": { ... }}");
            }
            Set<String> gezien = new HashSet<>();
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                veld = p.currentName();
                JsonToken w = p.nextToken();
                if (!gezien.add(veld)) {
                    fouten.add(Veldfouten.fout(veld, "DUBBEL_VELD", "staat er twee keer in"));
                    p.skipChildren();
                    continue;
                }
                switch (veld) {
                    case "clientId" -> clientId = nummer(p, w, veld, Long.MAX_VALUE, fouten);
                    case "versie" -> {
                        Long v = nummer(p, w, veld, Integer.MAX_VALUE, fouten);
                        versie = v == null ? null : v.intValue();
                    }
                    case "status" -> {
                        if (w == JsonToken.VALUE_STRING) {
                            status = Aanvraagstatus.vanNaam(p.getText());
                        }
                        if (status == null && w != JsonToken.VALUE_NULL) {
                            fouten.add(Veldfouten.fout(veld, "ONBEKENDE_STATUS", "CONCEPT of INGEDIEND"));
                        }
                        p.skipChildren();
                    }
                    case "invoer" -> {
                        if (w == JsonToken.START_OBJECT) {
                            int begin = (int) p.currentTokenLocation().getCharOffset();
                            p.skipChildren();
                            int einde = (int) p.currentTokenLocation().getCharOffset() + 1;
                            invoer = body.substring(begin, einde);
                        } else if (w != JsonToken.VALUE_NULL) {
                            fouten.add(Veldfouten.fout(veld, "GEEN_OBJECT",
                                    "de invoer is het aanvraag-JSON van de opdrachtregel, een object { ... }"));
                            p.skipChildren();
                        }
                    }
                    default -> {
                        if (!ALLEEN_IN_ANTWOORD.contains(veld)) {
                            fouten.add(Veldfouten.fout(veld.length() > 100 ? veld.substring(0, 100) : veld, "ONBEKEND_VELD",
                                    "onbekend veld; de body kent clientId, status, versie en invoer"));
                        }
                        p.skipChildren();
                    }
                }
                veld = null;
            }
            if (t != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw ongeldig("$", "GEEN_JSON", "geen geldige JSON: na het einde van het object staat nog tekst");
            }
        } catch (StreamConstraintsException e) {
            throw ongeldig(veld == null ? "$" : veld, "TE_GROOT",
                    "te diep genest, of een tekst, naam of getal te lang (zie de grenzen van het aanvraagformaat)");
        } catch (JsonProcessingException e) {
            throw ongeldig("$", "GEEN_JSON", "geen geldige JSON" + bij(e.getLocation()));
        } catch (IOException e) {
            throw ongeldig("$", "GEEN_JSON", "geen geldige JSON");
        }
        if (!fouten.isEmpty()) {
            throw AanvraagDienst.ongeldig(fouten);
        }
        return new Velden(clientId, status, versie, invoer);
    }

    /** A whole number from 0 to {@code max}, as a JSON number or as text of digits; null for null. */
    private static Long nummer(JsonParser p, JsonToken w, String veld, long max, List<Map<String, String>> fouten)
            throws IOException {
        Long n = null;
        if (w == JsonToken.VALUE_NULL) {
            return null;
        }
        if (w == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            n = p.getLongValue();
        } else if (w == JsonToken.VALUE_STRING && p.getText().trim().matches("[0-9]{1,18}")) {
            n = Long.parseLong(p.getText().trim());
        }
        p.skipChildren();
        if (n == null || n < 0 || n > max) {
            fouten.add(Veldfouten.fout(veld, "ONGELDIG_GETAL", "een geheel getal van 0 tot en met " + max));
            return null;
        }
        return n;
    }

    private static Veldfouten ongeldig(String pad, String code, String melding) {
        return AanvraagDienst.ongeldig(List.of(Veldfouten.fout(pad, code, melding)));
    }

    private static String bij(JsonLocation waar) {
        return waar == null || waar.getLineNr() < 0 ? "" : " bij regel " + waar.getLineNr() + ", kolom " + waar.getColumnNr();
    }
}
