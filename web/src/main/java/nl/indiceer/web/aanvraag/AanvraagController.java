package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Filter;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved requests (aanvragen) over HTTP; roles consulent and backoffice (see Beveiliging). The work is done by
 * {@link AanvraagDienst}, which the pages use as well; see there for the choices, in short:
 * <ul>
 * <li>{@code POST /api/aanvragen} {@code {"clientId": 12, "invoer": {...}, "status": "CONCEPT"}}: 201 with
 *     {@code Location} and {@code ETag}. {@code invoer} is exactly the request JSON of the command line and of
 *     {@code POST /api/berekening}; {@code resultaat} in the answer is exactly what {@code POST /api/berekening}
 *     answers for it. {@code status} defaults to CONCEPT. A draft is saved even when the engine refuses the input
 *     (then {@code resultaat} and {@code regeling} are null and {@code fouten} holds the problems, with paths under
 *     {@code invoer}), so half-finished work is never lost; INGEDIEND needs a request the engine computes, else 400.
 *     A client that does not exist or is of another municipality: 400 at {@code clientId}, the same for both.</li>
 * <li>{@code GET /api/aanvragen/{id}}: the stored aanvraag with the result as computed when it was saved and the
 *     SHA-256 of the rulebook version used then (no new computation: a rulebook loaded since does not change it).</li>
 * <li>{@code PUT /api/aanvragen/{id}} {@code {"versie": 3, "invoer": {...}, "status": ...}} (or the version in
 *     {@code If-Match: "3"}): computed anew and saved as version 4, when 3 is still the stored version; else 409
 *     {@code AANVRAAG_GEWIJZIGD} with the current {@code versie}, {@code gewijzigdDoor} and {@code gewijzigd}, and
 *     nothing stored. Without {@code status} the status stays.</li>
 * <li>{@code GET /api/aanvragen?status=&gemeente=&consulent=&na=&grootte=}: newest first (last saved), lines without
 *     input, result or personal data; keyset paging: {@code volgende} is an opaque cursor for {@code na}.</li>
 * <li>{@code GET /api/clienten/{id}/aanvragen?na=&grootte=}: the client's aanvragen, same lines; 404 as for the client.</li>
 * </ul>
 * Another municipality's aanvraag answers 404 {@code AANVRAAG_NIET_GEVONDEN}, exactly as an id that does not exist;
 * a list shows only the caller's municipalities. Every read, change and list is audited; nothing here logs the input.
 */
@RestController
@Tag(name = "Aanvragen", description = "Opgeslagen aanvragen van een cliënt: concept of ingediend, met de uitkomst en de regelingversie")
public class AanvraagController {

    /** The body around the input (and, sent back, an answer's result) may be somewhat larger than the input itself. */
    static final int MAXIMALE_BODY = AanvraagDienst.MAXIMALE_INVOER + 2 * 1024 * 1024;
    static final int STANDAARD_GROOTTE = 20;
    static final int MAXIMALE_GROOTTE = 100;
    private static final Pattern GEMEENTECODE = Pattern.compile("[0-9]{4}");
    private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"([0-9]{1,9})\"");
    private static final Set<String> LIJSTPARAMETERS = Set.of("status", "gemeente", "consulent", "na", "grootte");
    private static final Set<String> PAGINAPARAMETERS = Set.of("na", "grootte");

    /** The rulebook version an aanvraag was computed with. */
    @Schema(name = "AanvraagRegeling")
    public record Regeling(String regio, LocalDate geldigVanaf, String hash) {
    }

    /**
     * An aanvraag as answered. {@code invoer} and {@code resultaat} are JSON objects, written as stored.
     * {@code fouten}: the engine's problems with a draft it could not compute (empty otherwise).
     */
    @Schema(name = "Aanvraag")
    public record Antwoord(long id, long clientId, String gemeentecode, Aanvraagstatus status, String consulent,
                           String gewijzigdDoor, int versie, Regeling regeling,
                           @Schema(types = {"object"}, description = "het aanvraag-JSON, zoals opgeslagen") @JsonRawValue String invoer,
                           @Schema(types = {"object"}, description = "de uitkomst, precies als POST /api/berekening; null als niet te berekenen")
                           @JsonRawValue String resultaat,
                           List<Map<String, String>> fouten, Samenvatting samenvatting,
                           OffsetDateTime aangemaakt, OffsetDateTime gewijzigd) {

        static Antwoord van(OpgeslagenAanvraag a) {
            return new Antwoord(a.id(), a.clientId(), a.gemeentecode(), a.status(), a.consulent(), a.gewijzigdDoor(),
                    a.versie(), a.regeling() == null ? null
                            : new Regeling(a.regeling().regio(), a.regeling().geldigVanaf(), a.regeling().hash()),
                    a.invoer(), a.resultaat(),
                    a.fouten().stream().map(f -> Veldfouten.fout(AanvraagDienst.pad(f.pad()), f.code(), f.melding())).toList(),
                    a.samenvatting(), a.aangemaakt(), a.gewijzigd());
        }
    }

    /** For the OpenAPI description only: the body of a POST. */
    @Schema(name = "NieuweAanvraag")
    public record NieuweAanvraag(long clientId,
                                 @Schema(types = {"object"}, description = "het aanvraag-JSON van de opdrachtregel") Object invoer,
                                 @Schema(allowableValues = {"CONCEPT", "INGEDIEND"}, defaultValue = "CONCEPT") String status) {
    }

    /** For the OpenAPI description only: the body of a PUT. */
    @Schema(name = "AanvraagWijziging")
    public record Wijziging(@Schema(description = "de versie waarvan u uitging; of in If-Match") Integer versie,
                            @Schema(types = {"object"}, description = "het aanvraag-JSON van de opdrachtregel") Object invoer,
                            @Schema(allowableValues = {"CONCEPT", "INGEDIEND"}, description = "weglaten: blijft gelijk") String status) {
    }

    private final AanvraagDienst dienst;
    private final Huidige huidige;

    public AanvraagController(AanvraagDienst dienst, Huidige huidige) {
        this.dienst = dienst;
        this.huidige = huidige;
    }

    @ApiResponse(responseCode = "201", description = "opgeslagen", content = @Content(schema = @Schema(implementation = Antwoord.class)))
    @ApiResponse(responseCode = "400", description = "ongeldig; elk fout veld in fouten", content = @Content(mediaType = "application/problem+json"))
    @Operation(summary = "Een aanvraag opslaan (berekend met de motor, zoals POST /api/berekening)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = NieuweAanvraag.class))))
    @PostMapping(value = "/api/aanvragen", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoord> maak(@Parameter(hidden = true) InputStream body) throws IOException {
        Verzoekbody.Velden v = Verzoekbody.lees(tekst(body));
        List<Map<String, String>> fouten = new ArrayList<>();
        if (v.clientId() == null) {
            fouten.add(Veldfouten.fout("clientId", "ONTBREEKT", "het nummer van de cliënt van deze aanvraag"));
        }
        if (v.invoer() == null) {
            fouten.add(Veldfouten.fout("invoer", "ONTBREEKT", "het aanvraag-JSON van de opdrachtregel, als object { ... }"));
        }
        if (!fouten.isEmpty()) {
            throw AanvraagDienst.ongeldig(fouten);
        }
        OpgeslagenAanvraag a = dienst.maak(huidige.medewerker(), v.clientId(), v.invoer(),
                v.status() == null ? Aanvraagstatus.CONCEPT : v.status());
        return ResponseEntity.created(URI.create("/api/aanvragen/" + a.id())).eTag(etag(a)).body(Antwoord.van(a));
    }

    @Operation(summary = "Een opgeslagen aanvraag, met de uitkomst van toen en de regelingversie (sha256)")
    @GetMapping(value = "/api/aanvragen/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoord> lees(@PathVariable("id") long id) {
        OpgeslagenAanvraag a = dienst.lees(huidige.medewerker(), id);
        return ResponseEntity.ok().eTag(etag(a)).body(Antwoord.van(a));
    }

    @ApiResponse(responseCode = "200", description = "opgeslagen als de volgende versie", content = @Content(schema = @Schema(implementation = Antwoord.class)))
    @ApiResponse(responseCode = "409", description = "AANVRAAG_GEWIJZIGD: tussendoor door iemand anders opgeslagen; niets opgeslagen",
            content = @Content(mediaType = "application/problem+json"))
    @Operation(summary = "Een aanvraag wijzigen: opnieuw berekend en opgeslagen als de versie nog klopt, anders 409",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Wijziging.class))))
    @PutMapping(value = "/api/aanvragen/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoord> wijzig(@PathVariable("id") long id,
                                           @Parameter(description = "de versie waarvan u uitging, als ETag: \"3\"")
                                           @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Parameter(hidden = true) InputStream body) throws IOException {
        Verzoekbody.Velden v = Verzoekbody.lees(tekst(body));
        List<Map<String, String>> fouten = new ArrayList<>();
        Integer versie = v.versie();
        if (ifMatch != null) {
            Matcher m = ETAG.matcher(ifMatch.trim());
            if (!m.matches()) {
                fouten.add(Veldfouten.fout("If-Match", "ONGELDIGE_VERSIE", "de versie als ETag, bijvoorbeeld \"3\""));
            } else if (versie != null && versie != Integer.parseInt(m.group(1))) {
                fouten.add(Veldfouten.fout("versie", "VERSIES_VERSCHILLEN", "versie en If-Match noemen een andere versie"));
            } else {
                versie = Integer.parseInt(m.group(1));
            }
        }
        if (versie == null && fouten.isEmpty()) {
            fouten.add(Veldfouten.fout("versie", "ONTBREEKT",
                    "noem de versie waarvan u uitging (uit het laatste antwoord), in versie of in If-Match"));
        }
        if (v.invoer() == null) {
            fouten.add(Veldfouten.fout("invoer", "ONTBREEKT", "het aanvraag-JSON van de opdrachtregel, als object { ... }"));
        }
        if (!fouten.isEmpty()) {
            throw AanvraagDienst.ongeldig(fouten);
        }
        OpgeslagenAanvraag a = dienst.wijzig(huidige.medewerker(), id, versie, v.invoer(), v.status(), v.clientId());
        return ResponseEntity.ok().eTag(etag(a)).body(Antwoord.van(a));
    }

    /** One page of a list; {@code volgende}: pass it as {@code na} for the next page (null on the last page). */
    @Schema(name = "Aanvraaglijst")
    public record Lijst(List<AanvraagOpslag.Lijstregel> aanvragen, int grootte, String volgende) {

        static Lijst van(AanvraagDienst.Pagina p) {
            return new Lijst(p.aanvragen(), p.grootte(), p.volgende());
        }
    }

    @Operation(summary = "Aanvragen van uw gemeenten, laatst opgeslagen eerst, bladeren met de cursor 'na'")
    @GetMapping(value = "/api/aanvragen", produces = MediaType.APPLICATION_JSON_VALUE)
    public Lijst lijst(@Parameter(description = "CONCEPT of INGEDIEND") @RequestParam(value = "status", required = false) String status,
                       @Parameter(description = "gemeentecode (4 cijfers), een van uw gemeenten") @RequestParam(value = "gemeente", required = false) String gemeente,
                       @Parameter(description = "gebruikersnaam van wie de aanvraag aanmaakte") @RequestParam(value = "consulent", required = false) String consulent,
                       @Parameter(description = "cursor: 'volgende' van de vorige pagina") @RequestParam(value = "na", required = false) String na,
                       @Parameter(description = "1 tot en met 100, standaard 20") @RequestParam(value = "grootte", required = false) String grootte,
                       @Parameter(hidden = true) HttpServletRequest verzoek) {
        Medewerker wie = huidige.medewerker();
        List<Map<String, String>> fouten = onbekendeParameters(verzoek, LIJSTPARAMETERS);
        Aanvraagstatus s = null;
        if (!leeg(status)) {
            s = Aanvraagstatus.vanNaam(status);
            if (s == null) {
                fouten.add(Veldfouten.fout("status", "ONBEKENDE_STATUS", "CONCEPT of INGEDIEND"));
            }
        }
        String g = leeg(gemeente) ? null : gemeente.trim();
        if (g != null && !GEMEENTECODE.matcher(g).matches()) {
            fouten.add(Veldfouten.fout("gemeente", "ONGELDIGE_GEMEENTECODE", "een gemeentecode van het CBS: 4 cijfers, bijvoorbeeld 0034"));
        } else if (g != null && !wie.gemeenten().contains(g)) {
            fouten.add(Veldfouten.fout("gemeente", "NIET_UW_GEMEENTE",
                    "u werkt niet voor deze gemeente; u ziet alleen aanvragen van uw eigen gemeenten"));
        }
        String c = leeg(consulent) ? null : consulent.trim();
        if (c != null && !GEBRUIKERSNAAM.matcher(c).matches()) {
            fouten.add(Veldfouten.fout("consulent", "ONGELDIGE_NAAM", "een gebruikersnaam: 3 tot 100 kleine letters, cijfers, . _ -"));
        }
        Cursor cursor = cursor(na, fouten);
        int n = grootte(grootte, fouten);
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_ZOEKVRAAG", "Ongeldige zoekvraag", fouten);
        }
        return Lijst.van(dienst.lijst(wie, new Filter(s, g, c, null), cursor, n));
    }

    @Operation(summary = "De aanvragen van een cliënt, laatst opgeslagen eerst")
    @GetMapping(value = "/api/clienten/{id}/aanvragen", produces = MediaType.APPLICATION_JSON_VALUE)
    public Lijst vanClient(@PathVariable("id") long id,
                           @Parameter(description = "cursor: 'volgende' van de vorige pagina") @RequestParam(value = "na", required = false) String na,
                           @Parameter(description = "1 tot en met 100, standaard 20") @RequestParam(value = "grootte", required = false) String grootte,
                           @Parameter(hidden = true) HttpServletRequest verzoek) {
        List<Map<String, String>> fouten = onbekendeParameters(verzoek, PAGINAPARAMETERS);
        Cursor cursor = cursor(na, fouten);
        int n = grootte(grootte, fouten);
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_ZOEKVRAAG", "Ongeldige zoekvraag", fouten);
        }
        return Lijst.van(dienst.vanClient(huidige.medewerker(), id, cursor, n));
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }

    /** A parameter nobody asked for is refused: a misspelt filter must not silently show everything. */
    private static List<Map<String, String>> onbekendeParameters(HttpServletRequest verzoek, Set<String> bekend) {
        List<Map<String, String>> fouten = new ArrayList<>();
        for (String naam : verzoek.getParameterMap().keySet()) {
            if (!bekend.contains(naam)) {
                fouten.add(Veldfouten.fout(naam.length() > 50 ? naam.substring(0, 50) : naam, "ONBEKENDE_PARAMETER",
                        "onbekende parameter; bekend zijn " + String.join(", ", bekend.stream().sorted().toList())));
            }
        }
        return fouten;
    }

    private static Cursor cursor(String na, List<Map<String, String>> fouten) {
        if (leeg(na)) {
            return null;
        }
        return Cursor.van(na).orElseGet(() -> {
            fouten.add(Veldfouten.fout("na", "ONGELDIGE_CURSOR", "geef 'volgende' uit het antwoord op de vorige pagina door"));
            return null;
        });
    }

    private static int grootte(String tekst, List<Map<String, String>> fouten) {
        if (leeg(tekst)) {
            return STANDAARD_GROOTTE;
        }
        try {
            int n = Integer.parseInt(tekst.trim());
            if (n >= 1 && n <= MAXIMALE_GROOTTE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        fouten.add(Veldfouten.fout("grootte", "BUITEN_BEREIK", "een geheel getal van 1 tot en met " + MAXIMALE_GROOTTE));
        return STANDAARD_GROOTTE;
    }

    private static String etag(OpgeslagenAanvraag a) {
        return "\"" + a.versie() + "\"";
    }

    /** The body as UTF-8 text, read no further than the limit. */
    static String tekst(InputStream body) throws IOException {
        byte[] inhoud = body.readNBytes(MAXIMALE_BODY + 1);
        if (inhoud.length > MAXIMALE_BODY) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "AANVRAAG_TE_GROOT", "Aanvraag te groot",
                    "de aanvraag is groter dan " + AanvraagDienst.MAXIMALE_INVOER / (1024 * 1024) + " MB, de grens voor een aanvraag");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (CharacterCodingException e) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "GEEN_UTF8", "Ongeldige tekens", "de body is geen geldige UTF-8-tekst");
        }
    }
}
