package nl.indiceer.web.sturing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.beschikking.Beschikkingsoort;

/**
 * What the steering reports need of a stored decision's JSON (core's {@code BeschikkingJson}): per line the
 * allocation it starts or changes, product, provider, validity and cost. No rekensom, findings or motivation: a
 * report never shows them. {@code besluitnemer}: who decided (the consultant of utilisation per consultant).
 */
public record Besluitdocument(String kenmerk, Beschikkingsoort soort, Instant moment, long clientId, String gemeente,
                              String regio, LocalDate regelingVanaf, List<Regel> regels, String besluitnemer) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param kosten the line's cost over its validity; null when no tariff was known */
    public record Regel(boolean toegekend, String toewijzing, String product, String productnaam, String aanbieder,
                        LocalDate begin, LocalDate eind, BigDecimal kosten) {
    }

    /** A decision of no known decider. */
    public Besluitdocument(String kenmerk, Beschikkingsoort soort, Instant moment, long clientId, String gemeente,
                           String regio, LocalDate regelingVanaf, List<Regel> regels) {
        this(kenmerk, soort, moment, clientId, gemeente, regio, regelingVanaf, regels, null);
    }

    public Besluitdocument {
        regels = List.copyOf(regels);
    }

    public static Besluitdocument lees(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("geen beschikking-JSON", e);
        }
        List<Regel> regels = new ArrayList<>();
        for (JsonNode r : root.get("regels")) {
            JsonNode totaal = r.path("kosten").path("totaal");
            regels.add(new Regel("TOEKENNING".equals(r.get("besluit").asText()), r.get("toewijzing").asText(),
                    r.get("product").asText(), tekst(r.get("productnaam")), tekst(r.get("aanbieder")),
                    LocalDate.parse(r.get("begindatum").asText()), LocalDate.parse(r.get("einddatum").asText()),
                    totaal.isMissingNode() || totaal.isNull() ? null : new BigDecimal(totaal.asText())));
        }
        JsonNode versie = root.get("regeling_versie");
        return new Besluitdocument(root.get("kenmerk").asText(), Beschikkingsoort.valueOf(root.get("soort").asText()),
                Instant.parse(root.get("moment").asText()), root.get("client_id").asLong(), root.get("gemeente").asText(),
                versie.get("regio").asText(), LocalDate.parse(versie.get("geldig_vanaf").asText()), regels,
                tekst(root.get("besluitnemer")));
    }

    private static String tekst(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }
}
