package nl.indiceer.web.beschikking;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Tijdlijnbesluit;
import nl.indiceer.beschikking.Toewijzingstijdlijn;

/**
 * The request a change of a decision starts from: the decided request's input, with only the lines that granted an
 * allocation still existing and their dates set for the change. It is a draft the consultant completes; saving it
 * (AanvraagDienst) adds the client's allocations from its decisions. The decision itself follows from it on the
 * Besluiten page.
 * <ul>
 * <li>VERLENGING: the line {@code verlengt} its allocation, from the day after the allocation's end, for as long as the
 *     line ran before; the peildatum is that new begin (the rules in force when the extension starts).</li>
 * <li>WIJZIGING: from today (or the allocation's begin, if later) up to the allocation's end.</li>
 * <li>BEEINDIGING: from the allocation's begin up to today (or its begin, if later).</li>
 * <li>INTREKKING: the line as decided.</li>
 * </ul>
 * A WIJZIGING, BEEINDIGING or INTREKKING line {@code wijzigt} its allocation: the engine then does not count the
 * allocation as other help running beside the line.
 */
final class Wijzigingsaanvraag {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Wijzigingsaanvraag() {
    }

    /** The request JSON; null when no granted allocation of the decision is left to change. */
    static String maak(String invoer, Tijdlijnbesluit vorige, Beschikkingsoort soort, Toewijzingstijdlijn tijdlijn,
                       LocalDate vandaag) {
        ObjectNode root;
        try {
            root = (ObjectNode) JSON.readTree(invoer);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("opgeslagen aanvraag is geen JSON-object", e);
        }
        Map<String, LopendeToewijzing> nu = new LinkedHashMap<>();
        tijdlijn.voorAanvraag(vandaag).forEach(l -> nu.put(l.id(), l));
        JsonNode oud = root.get("producten");
        ArrayNode producten = JSON.createArrayNode();
        LocalDate peildatum = vandaag;
        for (Tijdlijnbesluit.Regel r : vorige.regels()) {
            LopendeToewijzing l = nu.get(r.toewijzing());
            if (!r.toegekend() || l == null || oud == null || !(oud.get(r.regel()) instanceof ObjectNode regel)) {
                continue;
            }
            ObjectNode n = regel.deepCopy();
            n.remove(List.of("verlengt", "overgang_van", "terugval_na", "wijzigt"));
            LocalDate begin = l.begindatum();
            LocalDate eind = l.einddatum();
            switch (soort) {
                case VERLENGING -> {
                    LocalDate oudBegin = LocalDate.parse(regel.path("begindatum").asText(begin.toString()));
                    LocalDate oudEind = LocalDate.parse(regel.path("einddatum").asText(eind.toString()));
                    begin = eind.plusDays(1);
                    eind = begin.plus(Period.between(oudBegin, oudEind.plusDays(1))).minusDays(1);
                    n.put("verlengt", r.toewijzing());
                    peildatum = producten.isEmpty() || begin.isBefore(peildatum) ? begin : peildatum;
                }
                case WIJZIGING -> begin = vandaag.isAfter(begin) ? vandaag : begin;
                case BEEINDIGING -> eind = vandaag.isAfter(begin) ? vandaag : begin;
                case INTREKKING, EERSTE -> {
                }
            }
            if (soort != Beschikkingsoort.VERLENGING && soort != Beschikkingsoort.EERSTE) {
                // the line is the allocation's new content, not more of the same help beside it (no OP259 stacking)
                n.put("wijzigt", r.toewijzing());
            }
            n.put("begindatum", begin.toString());
            n.put("einddatum", eind.toString());
            producten.add(n);
        }
        if (producten.isEmpty()) {
            return null;
        }
        root.set("producten", producten);
        root.put("peildatum", peildatum.toString());
        // the client's allocations from the decisions on this peildatum are put in when the request is saved
        // (AanvraagDienst, for every way a request is saved)
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
