package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whatever way a request is saved (the form or the API), it is computed and stored with the allocations the client
 * really has from Indiceer's decisions on its peildatum: rows Indiceer derived before (ids like {@code
 * 0034-2026-000017/0}) are dropped and the current ones appended after the typed rows, so that the combination checks
 * and the extension rule, and later the decision that recomputes the stored request, know what was granted. Rows
 * typed by the caller (allocations from outside Indiceer) stay where they are, so their error paths stay right.
 */
@Component
class BesluitenInDeInvoer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<ToewijzingenUitBesluiten> toewijzingen;

    BesluitenInDeInvoer(ObjectProvider<ToewijzingenUitBesluiten> toewijzingen) {
        this.toewijzingen = toewijzingen;
    }

    /** The request JSON with the client's decided allocations; unchanged when there is nothing to add or remove. */
    String aangevuld(Medewerker wie, long clientId, String invoer) {
        ToewijzingenUitBesluiten bron = toewijzingen.getIfAvailable();
        JsonNode boom;
        try {
            boom = bron == null ? null : JSON.readTree(invoer);
        } catch (JsonProcessingException e) {
            return invoer; // not readable: the engine's reader says why, at the path
        }
        if (!(boom instanceof ObjectNode aanvraag)) {
            return invoer;
        }
        LocalDate peildatum;
        try {
            peildatum = LocalDate.parse(aanvraag.path("peildatum").asText(""));
        } catch (DateTimeParseException e) {
            return invoer; // a draft without a valid date: nothing to compute yet
        }
        List<LopendeToewijzing> besloten = bron.voorAanvraag(wie, clientId, peildatum);
        JsonNode oud = aanvraag.path("lopende_toewijzingen");
        ArrayNode nieuw = JSON.createArrayNode();
        boolean afgeleidGevonden = false;
        if (oud.isArray()) {
            for (JsonNode rij : oud) {
                if (ToewijzingenUitBesluiten.uitIndiceer(rij.path("id").asText(null))) {
                    afgeleidGevonden = true;
                } else {
                    nieuw.add(rij);
                }
            }
        } else if (!oud.isMissingNode() && !oud.isNull()) {
            return invoer; // not a list: the engine's reader refuses it at its path
        }
        if (besloten.isEmpty() && !afgeleidGevonden) {
            return invoer;
        }
        besloten.forEach(l -> nieuw.add(ToewijzingenUitBesluiten.alsJson(l)));
        aanvraag.set("lopende_toewijzingen", nieuw);
        return aanvraag.toString();
    }
}
