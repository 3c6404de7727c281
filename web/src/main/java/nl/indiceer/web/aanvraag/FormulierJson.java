package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The page's form as the request JSON of docs/aanvraag-formaat.md (what the engine, the API and the storage read), and
 * a stored request back as the form. The rules:
 * <ul>
 * <li>An empty field is left out, so the engine says "ontbreekt" at its path where it is required.</li>
 * <li>A number field holding a number (with a decimal comma or point) becomes a JSON number; anything else stays
 *     text, so the engine names the field ("moet een getal zijn") and the consultant's text stays on the screen.</li>
 * <li>A post's amount goes under the key of its unit ({@code "uren": 1.5}).</li>
 * <li>Members the form has no field for travel in {@code overig} (JSON text) and are put back unchanged.</li>
 * <li>The client's date of birth comes from the client record, never from what the page sends when saving.</li>
 * </ul>
 */
final class FormulierJson {

    static final Set<String> DUUREENHEDEN = Set.of("minuten", "uren", "dagdelen", "etmalen", "stuks");
    private static final List<String> DUUR_VOLGORDE = List.of("minuten", "uren", "dagdelen", "etmalen", "stuks");
    private static final Pattern GETAL = Pattern.compile("[+-]?[0-9]{1,12}([.,][0-9]{1,12})?");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory KNOOP = JsonNodeFactory.instance;

    private FormulierJson() {
    }

    /** The request JSON of the form. */
    static String json(Aanvraagformulier f) {
        return json(f, List.of());
    }

    /**
     * The request JSON of the form with {@code uitBesluiten}, the client's allocations from its stored decisions, after
     * the typed running allocations (a typed one with the same id wins: the consultant said so).
     */
    static String json(Aanvraagformulier f, List<nl.indiceer.aanvraag.LopendeToewijzing> uitBesluiten) {
        return json(f, uitBesluiten, Map.of());
    }

    /**
     * The same, with per line index the task form that line's volume rests on ({@code normering}, see
     * {@link Normeringberekening#alsAanvraagJson}); it replaces a stored one the form did not show.
     */
    static String json(Aanvraagformulier f, List<nl.indiceer.aanvraag.LopendeToewijzing> uitBesluiten,
                       Map<Integer, ObjectNode> normeringen) {
        ObjectNode root = KNOOP.objectNode();
        tekst(root, "regio", f.regio());
        tekst(root, "peildatum", f.peildatum());
        tekst(root, "gemeente", f.gemeente());
        ObjectNode overig = overig(f.overig());
        ObjectNode client = overig.get("client") instanceof ObjectNode c ? c.deepCopy() : KNOOP.objectNode();
        overig.remove("client");
        client.remove("geboortedatum");
        ObjectNode c = KNOOP.objectNode();
        tekst(c, "geboortedatum", f.geboortedatum());
        c.setAll(client);
        root.set("client", c);
        if (!f.lopende().isEmpty() || !uitBesluiten.isEmpty()) {
            ArrayNode lopende = root.putArray("lopende_toewijzingen");
            for (Aanvraagformulier.Lopend l : f.lopende()) {
                ObjectNode o = lopende.addObject();
                tekst(o, "id", l.id());
                tekst(o, "product", l.product());
                tekst(o, "aanbieder", l.aanbieder());
                tekst(o, "begindatum", l.begindatum());
                tekst(o, "einddatum", l.einddatum());
                tekst(o, "financiering", l.financiering());
                getal(o, "volume", l.volume());
                tekst(o, "eenheid", l.eenheid());
                tekst(o, "periode", l.periode());
                aanvullen(o, overig(l.overig()));
            }
            Set<String> getypt = new java.util.HashSet<>();
            f.lopende().forEach(l -> getypt.add(l.id().strip()));
            for (nl.indiceer.aanvraag.LopendeToewijzing l : uitBesluiten) {
                if (!getypt.contains(l.id())) {
                    lopende.add(ToewijzingenUitBesluiten.alsJson(l));
                }
            }
        }
        ArrayNode producten = root.putArray("producten");
        for (int i = 0; i < f.producten().size(); i++) {
            Aanvraagformulier.Regel r = f.producten().get(i);
            ObjectNode o = producten.addObject();
            tekst(o, "product", r.product());
            tekst(o, "variant", r.variant());
            tekst(o, "aanbieder", r.aanbieder());
            tekst(o, "financiering", r.financiering());
            tekst(o, "begindatum", r.begindatum());
            tekst(o, "einddatum", r.einddatum());
            tekst(o, "periode", r.periode());
            tekst(o, "motivering", r.motivering());
            ObjectNode regelOverig = overig(r.overig());
            if (!r.posten().isEmpty()) {
                ArrayNode posten = o.putArray("posten");
                for (Aanvraagformulier.Post p : r.posten()) {
                    ObjectNode po = posten.addObject();
                    tekst(po, "omschrijving", p.omschrijving());
                    if (p.hulp() != null && !p.hulp().isBlank()) {
                        // a helper-table row: the engine takes the duration from the rulebook, not from the form
                        String[] tabelEnKeuze = p.hulp().strip().split(":", 2);
                        tekst(po, "hulp", tabelEnKeuze[0]);
                        tekst(po, "keuze", tabelEnKeuze.length > 1 ? tabelEnKeuze[1] : null);
                    } else {
                        String eenheid = DUUREENHEDEN.contains(p.eenheid()) ? p.eenheid() : "uren";
                        getal(po, eenheid, p.hoeveelheid());
                    }
                    getal(po, "aantal", p.aantal());
                    tekst(po, "per", p.per());
                    aanvullen(po, overig(p.overig()));
                }
            }
            if (normeringen.get(i) != null) {
                o.set("normering", normeringen.get(i));
            }
            aanvullen(o, regelOverig);
        }
        aanvullen(root, overig);
        return schrijf(root);
    }

    /**
     * The form of a stored request. A member of an unexpected kind (a {@code posten} that is no list) stays in
     * {@code overig} as it was, so the engine keeps naming it.
     */
    static Aanvraagformulier formulier(String invoer, String aanvraagId, String versie, String clientId,
                                       String geboortedatum) {
        ObjectNode root;
        try {
            root = JSON.readTree(invoer) instanceof ObjectNode o ? o : KNOOP.objectNode();
        } catch (JsonProcessingException e) {
            root = KNOOP.objectNode();
        }
        ObjectNode rest = root.deepCopy();
        String regio = neem(rest, "regio");
        String peildatum = neem(rest, "peildatum");
        String gemeente = neem(rest, "gemeente");
        if (rest.get("client") instanceof ObjectNode client) {
            client.remove("geboortedatum");
            if (client.isEmpty()) {
                rest.remove("client");
            }
        }
        List<Aanvraagformulier.Lopend> lopende = new ArrayList<>();
        if (rest.get("lopende_toewijzingen") instanceof ArrayNode lijst && alleObjecten(lijst)) {
            rest.remove("lopende_toewijzingen");
            for (JsonNode n : lijst) {
                ObjectNode o = ((ObjectNode) n).deepCopy();
                lopende.add(new Aanvraagformulier.Lopend(neem(o, "id"), neem(o, "product"), neem(o, "aanbieder"),
                        neem(o, "financiering"), neem(o, "begindatum"), neem(o, "einddatum"), neem(o, "volume"),
                        neem(o, "eenheid"), neem(o, "periode"), tekst(o)));
            }
        }
        List<Aanvraagformulier.Regel> regels = new ArrayList<>();
        if (rest.get("producten") instanceof ArrayNode lijst && alleObjecten(lijst)) {
            rest.remove("producten");
            for (JsonNode n : lijst) {
                ObjectNode o = ((ObjectNode) n).deepCopy();
                List<Aanvraagformulier.Post> posten = new ArrayList<>();
                if (o.get("posten") instanceof ArrayNode pl && alleObjecten(pl)) {
                    o.remove("posten");
                    for (JsonNode pn : pl) {
                        ObjectNode p = ((ObjectNode) pn).deepCopy();
                        String eenheid = "uren";
                        String hoeveelheid = "";
                        for (String e : DUUR_VOLGORDE) {
                            if (p.has(e) && p.get(e).isValueNode()) {
                                eenheid = e;
                                hoeveelheid = neem(p, e);
                                break;
                            }
                        }
                        String hulp = "";
                        if (p.get("hulp") != null && p.get("hulp").isTextual()
                                && (p.get("keuze") == null || p.get("keuze").isTextual())) {
                            hulp = neem(p, "hulp");
                            String keuze = neem(p, "keuze");
                            hulp = keuze.isEmpty() ? hulp : hulp + ":" + keuze;
                        }
                        posten.add(new Aanvraagformulier.Post(neem(p, "omschrijving"), hoeveelheid, eenheid,
                                neem(p, "aantal"), neem(p, "per"), tekst(p), hulp));
                    }
                }
                regels.add(new Aanvraagformulier.Regel(neem(o, "product"), neem(o, "variant"), neem(o, "financiering"),
                        neem(o, "aanbieder"), neem(o, "begindatum"), neem(o, "einddatum"), neem(o, "periode"),
                        neem(o, "motivering"), posten, tekst(o), Normeringvelden.LEEG));
            }
        }
        return new Aanvraagformulier(aanvraagId, versie, clientId, geboortedatum, regio, gemeente, peildatum, regels,
                lopende, tekst(rest));
    }

    /** A value as the form shows it: numbers with a decimal comma, text as it is. Removed from the object. */
    private static String neem(ObjectNode o, String sleutel) {
        JsonNode n = o.get(sleutel);
        if (n == null || n.isNull()) {
            o.remove(sleutel);
            return "";
        }
        if (!n.isValueNode()) {
            return "";
        }
        o.remove(sleutel);
        if (n.isNumber()) {
            return n.decimalValue().stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return n.asText();
    }

    private static boolean alleObjecten(ArrayNode lijst) {
        for (JsonNode n : lijst) {
            if (!n.isObject()) {
                return false;
            }
        }
        return true;
    }

    private static void tekst(ObjectNode o, String sleutel, String waarde) {
        if (waarde != null && !waarde.isBlank()) {
            o.put(sleutel, waarde.strip());
        }
    }

    /** A number when it looks like one (decimal comma or point), else the text, so the engine names the field. */
    private static void getal(ObjectNode o, String sleutel, String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return;
        }
        String w = waarde.strip().replace(" ", "");
        if (GETAL.matcher(w).matches()) {
            o.put(sleutel, new BigDecimal(w.replace(',', '.')));
        } else {
            o.put(sleutel, waarde.strip());
        }
    }

    /** Members of {@code overig} that the form did not set itself. */
    private static void aanvullen(ObjectNode o, ObjectNode overig) {
        Iterator<Map.Entry<String, JsonNode>> velden = overig.fields();
        while (velden.hasNext()) {
            Map.Entry<String, JsonNode> e = velden.next();
            if (!o.has(e.getKey())) {
                o.set(e.getKey(), e.getValue());
            }
        }
    }

    /** The object of an {@code overig} field; empty for nothing or for text that is no JSON object. */
    private static ObjectNode overig(String tekst) {
        if (tekst == null || tekst.isBlank()) {
            return KNOOP.objectNode();
        }
        try {
            return JSON.readTree(tekst) instanceof ObjectNode o ? o : KNOOP.objectNode();
        } catch (JsonProcessingException e) {
            return KNOOP.objectNode();
        }
    }

    /** An object's remaining members as JSON text for {@code overig}; empty when none are left. */
    private static String tekst(ObjectNode o) {
        return o.isEmpty() ? "" : schrijf(o);
    }

    private static String schrijf(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
