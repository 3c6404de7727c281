package nl.indiceer.web.termijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import nl.indiceer.web.beveiliging.Huidige;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Recording a provider's report of a client's third no-show (it comes by e-mail, 002:1774-1780), so that the region's
 * deadline for the decision on continuing the allocation is on the list, and recording that decision as given.
 * {@code POST /api/termijnen/no-show} {@code {"beschikkingId", "toewijzing", "gemeld"}}; {@code POST
 * /api/termijnen/no-show/{id}/besloten} {@code {"besloten"}}. A decision of another municipality is a 404 like one that
 * does not exist. Audited: {@code NO_SHOW_VASTGELEGD}, {@code NO_SHOW_BESLOTEN}.
 */
@RestController
@Tag(name = "Termijnen", description = "Wat binnenkort afloopt of te laat is, per gemeente en consulent")
public class NoShowController {

    private final NoShowDienst dienst;
    private final Huidige huidige;

    public NoShowController(NoShowDienst dienst, Huidige huidige) {
        this.dienst = dienst;
        this.huidige = huidige;
    }

    public record Melding(Long beschikkingId, String toewijzing, String gemeld) {
    }

    public record Besluit(String besloten) {
    }

    @Operation(summary = "Derde no-show vastleggen: de dag waarop de aanbieder de derde no-show meldde (niet na vandaag), bij een toewijzing van een beschikking")
    @PostMapping("/api/termijnen/no-show")
    public ResponseEntity<Map<String, Object>> meld(@RequestBody Melding m) {
        long id = dienst.meld(huidige.medewerker(), m.beschikkingId(), m.toewijzing(), m.gemeld(),
                LocalDate.now(TermijnPagina.NEDERLAND));
        return ResponseEntity.created(URI.create("/api/termijnen/no-show/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "Het besluit na een derde no-show als genomen vastleggen: de termijn verdwijnt van de lijst")
    @PostMapping("/api/termijnen/no-show/{id}/besloten")
    public ResponseEntity<Void> besloten(@PathVariable("id") long id, @RequestBody Besluit b) {
        dienst.besloten(huidige.medewerker(), id, b.besloten());
        return ResponseEntity.noContent().build();
    }
}
