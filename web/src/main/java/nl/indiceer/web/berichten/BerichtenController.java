package nl.indiceer.web.berichten;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indiceer.web.beveiliging.Huidige;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The outbox through the API: the 301s with their status, and why a decision did not become a 301. */
@RestController
@Tag(name = "Berichten", description = "iJw/iWmo-berichten: toewijzingen (301) uit, verzoeken en start/stop (315, 317, 305, 307) in")
public class BerichtenController {

    private final UitboxDienst uitbox;
    private final Huidige huidige;

    public BerichtenController(UitboxDienst uitbox, Huidige huidige) {
        this.uitbox = uitbox;
        this.huidige = huidige;
    }

    public record Uitgaand(long id, String soort, String gemeentecode, long clientId, long beschikkingId, String ontvanger,
                           String identificatie, String status, String bestand, OffsetDateTime aangemaakt,
                           OffsetDateTime verzonden) {

        static Uitgaand van(UitgaandBericht b) {
            return new Uitgaand(b.id(), b.soort(), b.gemeentecode(), b.clientId(), b.beschikkingId(), b.ontvanger(),
                    b.identificatie(), b.status().name(), b.bestand(), b.aangemaakt(), b.verzonden());
        }
    }

    public record Reden(long beschikkingId, long clientId, String gemeentecode, String reden, OffsetDateTime aangemaakt) {
    }

    public record Uitbox(List<Uitgaand> berichten, List<Reden> geenBericht) {
    }

    @Operation(summary = "De uitgaande berichten van uw gemeenten (nieuwste eerst, hoogstens 200) en waarom een besluit geen 301 werd")
    @GetMapping(value = "/api/berichten/uitgaand", produces = MediaType.APPLICATION_JSON_VALUE)
    public Uitbox uitgaand() {
        var wie = huidige.medewerker();
        return new Uitbox(uitbox.lijst(wie).stream().map(Uitgaand::van).toList(), uitbox.redenen(wie).stream()
                .map(r -> new Reden(r.beschikkingId(), r.clientId(), r.gemeentecode(), r.reden(), r.aangemaakt())).toList());
    }

    @Operation(summary = "Eén uitgaand bericht als XML, precies zoals het in de map van de aanbieder staat")
    @GetMapping(value = "/api/berichten/uitgaand/{id}", produces = MediaType.APPLICATION_XML_VALUE)
    public ResponseEntity<byte[]> bericht(@PathVariable("id") long id) {
        UitgaandBericht b = uitbox.lees(huidige.medewerker(), id);
        return ResponseEntity.ok().header("X-Bericht-Status", b.status().name()).contentType(MediaType.APPLICATION_XML)
                .body(b.inhoud());
    }
}
