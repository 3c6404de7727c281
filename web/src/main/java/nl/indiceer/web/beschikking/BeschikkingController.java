package nl.indiceer.web.beschikking;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Decisions (beschikkingen) over HTTP. Deciding: roles consulent and backoffice; reading: also auditor and beleid (see
 * Beveiliging). The work and the choices are in {@link BeschikkingDienst}.
 * <ul>
 * <li>{@code POST /api/beschikkingen} {@code {"aanvraagId": 7, "versie": 2, "soort": "EERSTE", "regels": [{"regel": 0,
 *     "besluit": "TOEKENNEN", "motivering": "...", "hardheidsclausule": null}]}}: 201 with {@code Location}; 422
 *     {@code BESLUIT_ONVOLLEDIG} with {@code ontbrekend} [{code, regel, parameters}] when the rule finds something
 *     missing; 409 for a request not ready, already decided, changed, or a rulebook version no longer loaded.</li>
 * <li>{@code GET /api/beschikkingen/{id}}: the decision with its whole content ({@code inhoud}) and the letter's SHA-256.</li>
 * <li>{@code GET /api/beschikkingen/{id}/brief}: the letter as sent, application/pdf, its SHA-256 in
 *     {@code X-Brief-Sha256} (and as ETag).</li>
 * <li>{@code GET /api/clienten/{id}/beschikkingen?datum=}: the client's decisions, oldest first, and the allocations
 *     running on {@code datum} (default today).</li>
 * </ul>
 * Another municipality's decision or client answers 404 exactly as one that does not exist.
 */
@RestController
@Tag(name = "Beschikkingen", description = "Genomen besluiten: onveranderlijk, met hun brief; een wijziging is een nieuwe beschikking")
public class BeschikkingController {

    /** The body of a POST. */
    @Schema(name = "Besluit")
    public record Besluit(long aanvraagId,
                          @Schema(description = "de versie van de aanvraag die u bekeek; weglaten: de opgeslagen") Integer versie,
                          @Schema(allowableValues = {"EERSTE", "WIJZIGING", "VERLENGING", "BEEINDIGING", "INTREKKING"},
                                  defaultValue = "EERSTE") String soort,
                          @Schema(description = "bij een wijziging: de beschikking die zij wijzigt") Long vorigeId,
                          List<Besluitkeuzes.Regel> regels) {
    }

    /** The rulebook version of a decision. */
    @Schema(name = "BeschikkingRegeling")
    public record Regeling(String regio, LocalDate geldigVanaf, String hash) {
    }

    @Schema(name = "Beschikking")
    public record Antwoord(long id, String kenmerk, Beschikkingsoort soort, Long vorigeId, Long aanvraagId, long clientId,
                           String gemeentecode, Regeling regeling, String besluitnemer, OffsetDateTime moment,
                           String briefSha256,
                           @Schema(types = {"object"}, description = "de hele beschikking: regels, volumes, rekensom, kosten, bevindingen, motiveringen")
                           @JsonRawValue String inhoud) {

        static Antwoord van(OpgeslagenBeschikking b) {
            return new Antwoord(b.id(), b.kenmerk(), b.soort(), b.vorigeId(), b.aanvraagId(), b.clientId(), b.gemeentecode(),
                    new Regeling(b.regeling().regio(), b.regeling().geldigVanaf(), b.regeling().hash()), b.besluitnemer(),
                    b.moment(), b.briefSha256(), b.inhoud());
        }
    }

    /** A line of a client's list: without the content. */
    @Schema(name = "Beschikkingregel")
    public record Lijstregel(long id, String kenmerk, Beschikkingsoort soort, Long vorigeId, Long aanvraagId,
                             String besluitnemer, OffsetDateTime moment) {
    }

    @Schema(name = "Beschikkingenlijst")
    public record Lijst(List<Lijstregel> beschikkingen, LocalDate datum, List<LopendeToewijzing> lopend) {
    }

    private final BeschikkingDienst dienst;
    private final Huidige huidige;

    public BeschikkingController(BeschikkingDienst dienst, Huidige huidige) {
        this.dienst = dienst;
        this.huidige = huidige;
    }

    @ApiResponse(responseCode = "201", description = "besloten", content = @Content(schema = @Schema(implementation = Antwoord.class)))
    @ApiResponse(responseCode = "422", description = "BESLUIT_ONVOLLEDIG: wat nog ontbreekt in ontbrekend; "
            + "VERZOEK_OM_WIJZIGING_ALS_GEHEEL: een aanvraag uit een 317 die de regeling als geheel beoordeelt heeft een "
            + "afgewezen regel (inkomendBericht, afgewezenRegels): ken alles toe of wijs de 317 af met een 319",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "409", description = "AANVRAAG_NIET_KLAAR, AANVRAAG_AL_BESLOTEN, AANVRAAG_GEWIJZIGD, REGELING_NIET_GELADEN, REGELING_VERVANGEN, BESCHIKKING_AL_GEWIJZIGD",
            content = @Content(mediaType = "application/problem+json"))
    @Operation(summary = "Besluiten over een ingediende aanvraag (of een eerdere beschikking wijzigen)")
    @PostMapping(value = "/api/beschikkingen", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoord> besluit(@RequestBody Besluit besluit) {
        List<Map<String, String>> fouten = new ArrayList<>();
        Beschikkingsoort soort = Besluitkeuzes.soort(besluit.soort(), fouten);
        Besluitkeuzes.Uitkomst keuzes = Besluitkeuzes.van(besluit.regels());
        fouten.addAll(keuzes.fouten());
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", fouten);
        }
        OpgeslagenBeschikking b = dienst.besluit(huidige.medewerker(),
                new Besluitverzoek(besluit.aanvraagId(), besluit.versie(), soort, besluit.vorigeId(), keuzes.keuzes()));
        return ResponseEntity.created(URI.create("/api/beschikkingen/" + b.id())).body(Antwoord.van(b));
    }

    @Operation(summary = "Een beschikking, met alles wat is vastgelegd")
    @GetMapping(value = "/api/beschikkingen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Antwoord lees(@PathVariable("id") long id) {
        return Antwoord.van(dienst.lees(huidige.medewerker(), id));
    }

    @ApiResponse(responseCode = "200", description = "de brief zoals verstuurd", content = @Content(mediaType = "application/pdf"))
    @Operation(summary = "De brief van een beschikking (PDF), met zijn SHA-256 in X-Brief-Sha256")
    @GetMapping(value = "/api/beschikkingen/{id}/brief", produces = MediaType.APPLICATION_PDF_VALUE)
    public ResponseEntity<byte[]> brief(@PathVariable("id") long id) {
        return pdf(dienst.brief(huidige.medewerker(), id));
    }

    static ResponseEntity<byte[]> pdf(BeschikkingOpslag.Brief b) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("X-Brief-Sha256", b.sha256())
                .eTag("\"" + b.sha256() + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("beschikking-" + b.kenmerk() + ".pdf").build().toString())
                .body(b.pdf());
    }

    @Operation(summary = "De beschikkingen van een cliënt (oudste eerst) en de toewijzingen die op een datum lopen")
    @GetMapping(value = "/api/clienten/{id}/beschikkingen", produces = MediaType.APPLICATION_JSON_VALUE)
    public Lijst vanClient(@PathVariable("id") long id,
                           @Parameter(description = "peildatum van de lopende toewijzingen; standaard vandaag")
                           @RequestParam(value = "datum", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate datum) {
        List<OpgeslagenBeschikking> lijst = dienst.vanClient(huidige.medewerker(), id);
        LocalDate d = datum == null ? BeschikkingDienst.vandaag() : datum;
        return new Lijst(lijst.stream().map(b -> new Lijstregel(b.id(), b.kenmerk(), b.soort(), b.vorigeId(), b.aanvraagId(),
                b.besluitnemer(), b.moment())).toList(), d, BeschikkingDienst.lopendOp(lijst, d));
    }
}
