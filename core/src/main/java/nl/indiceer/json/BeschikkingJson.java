package nl.indiceer.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Besluitregel;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Tijdlijnbesluit;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.rekensom.RekensomTekst;

/**
 * A decided {@link Beschikking} as one JSON document: everything it records, the rekensom's steps and the findings in
 * exactly the form of the engine's result ({@link UitkomstJson}), so that a stored decision can be compared with what
 * the engine computes for its request. {@link #tijdlijn(String)} reads back what the timeline of allocations needs.
 */
public final class BeschikkingJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private BeschikkingJson() {
    }

    public static String schrijf(Beschikking b) {
        ObjectNode root = JSON.createObjectNode();
        root.put("kenmerk", b.kenmerk());
        root.put("soort", b.soort().name());
        root.put("vorige", b.vorige());
        root.put("client_id", b.clientId());
        root.put("gemeente", b.gemeente());
        ObjectNode versie = root.putObject("regeling_versie");
        versie.put("regio", b.regeling().regio());
        versie.put("geldig_vanaf", b.regeling().geldigVanaf().toString());
        versie.put("sha256", b.regeling().hash());
        root.put("besluitnemer", b.besluitnemer());
        root.put("moment", b.moment().toString());
        ArrayNode regels = root.putArray("regels");
        Tijdlijnbesluit t = b.tijdlijn();
        for (int i = 0; i < b.regels().size(); i++) {
            regels.add(regel(b.regels().get(i), t.regels().get(i).toewijzing()));
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode regel(Besluitregel r, String toewijzing) {
        ObjectNode o = JSON.createObjectNode();
        o.put("regel", r.regel());
        if (r.besluit() instanceof Regelbesluit.Toekenning t) {
            o.put("besluit", "TOEKENNING");
            o.put("hardheidsclausule", t.hardheidsclausule());
        } else if (r.besluit() instanceof Regelbesluit.Afwijzing a) {
            o.put("besluit", "AFWIJZING");
            o.put("reden", a.reden());
        }
        o.put("toewijzing", toewijzing);
        o.put("product", r.productcode());
        o.put("productnaam", r.productnaam());
        o.put("variant", r.variant());
        o.put("aanbieder", r.aanbieder());
        o.put("financiering", r.financiering().name());
        o.put("begindatum", r.begindatum().toString());
        o.put("einddatum", r.einddatum().toString());
        if (r.volume() == null) {
            o.putNull("volume");
        } else {
            ObjectNode v = o.putObject("volume");
            v.put("volume", r.volume().volume());
            v.put("eenheid", r.volume().eenheid().name());
            v.put("eenheid_code", r.volume().eenheid().istandaardCode());
            v.put("frequentie", r.volume().frequentie().name());
            v.put("frequentie_code", r.volume().frequentie().istandaardCode());
            v.put("totaal_geldigheidsduur", r.volume().totaal());
        }
        ObjectNode k = o.putObject("kosten");
        k.put("per_periode", r.kosten().perPeriode());
        k.put("totaal", r.kosten().totaal());
        k.put("rekensom", r.kosten().rekensom());
        k.put("tarief_bron", r.kosten().tarief() == null ? null : r.kosten().tarief().bron().tekst());
        UitkomstJson.kostenstappen(k.putArray("stappen"), r.kosten().stappen());
        o.put("rekensom", RekensomTekst.zin(r.rekensom()));
        UitkomstJson.rekensomstappen(o.putArray("rekensomstappen"), r.rekensom());
        UitkomstJson.bevindingen(o.putArray("bevindingen"), r.bevindingen());
        o.put("motivering", r.motivering());
        if (r.normenkader() == null) {
            o.putNull("normenkader");
        } else {
            ObjectNode n = o.putObject("normenkader");
            n.put("normenkader", r.normenkader().normenkader());
            n.put("editie", r.normenkader().editie());
            n.put("minuten", r.normenkader().minuten());
            n.put("per", r.normenkader().per() == null ? null : r.normenkader().per().name());
        }
        return o;
    }

    /** What the timeline of allocations needs, read back from a document written by {@link #schrijf}. */
    public static Tijdlijnbesluit tijdlijn(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("geen beschikking-JSON", e);
        }
        List<Tijdlijnbesluit.Regel> regels = new ArrayList<>();
        for (JsonNode r : root.get("regels")) {
            JsonNode v = r.get("volume");
            regels.add(new Tijdlijnbesluit.Regel(r.get("regel").asInt(), "TOEKENNING".equals(r.get("besluit").asText()),
                    r.get("toewijzing").asText(), r.get("product").asText(), tekst(r.get("aanbieder")),
                    Financiering.valueOf(r.get("financiering").asText()),
                    new Looptijd(LocalDate.parse(r.get("begindatum").asText()), LocalDate.parse(r.get("einddatum").asText())),
                    v == null || v.isNull() ? null : new Omvang(new BigDecimal(v.get("volume").asText()),
                            Eenheid.valueOf(v.get("eenheid").asText()), Periode.valueOf(v.get("frequentie").asText()))));
        }
        return new Tijdlijnbesluit(root.get("kenmerk").asText(), Beschikkingsoort.valueOf(root.get("soort").asText()),
                tekst(root.get("vorige")), Instant.parse(root.get("moment").asText()), regels);
    }

    private static String tekst(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
