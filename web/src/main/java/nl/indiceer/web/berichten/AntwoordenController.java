package nl.indiceer.web.berichten;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers through the API: refusing a provider's request with a 319, what answers an incoming message (319s and the 301s
 * of the decision on its request), and the retour codes an outgoing message received (JW302, JW320).
 */
@RestController
@Tag(name = "Berichten")
public class AntwoordenController {

    private final AntwoordDienst antwoorden;
    private final InkomendeBerichtenDienst inkomend;
    private final UitboxDienst uitbox;
    private final UitboxOpslag opslag;
    private final Retourcodeweergave codes;
    private final Huidige huidige;

    public AntwoordenController(AntwoordDienst antwoorden, InkomendeBerichtenDienst inkomend, UitboxDienst uitbox,
                                UitboxOpslag opslag, Retourcodeweergave codes, Huidige huidige) {
        this.antwoorden = antwoorden;
        this.inkomend = inkomend;
        this.uitbox = uitbox;
        this.opslag = opslag;
        this.codes = codes;
        this.huidige = huidige;
    }

    /** @param reden WJ759 code 1 to 9; referentie: one product of a 315 (null: all still open) */
    public record Afwijzingsverzoek(String reden, String referentie, String woonplaatsbeginselGemeente) {
    }

    public record Antwoord(long id, String soort, String identificatie, String status, Long beschikkingId,
                           OffsetDateTime aangemaakt) {

        static Antwoord van(UitgaandBericht b) {
            return new Antwoord(b.id(), b.soort(), b.identificatie(), b.status().name(), b.beschikkingId(), b.aangemaakt());
        }
    }

    /**
     * @param teBeantwoorden whether a consultant can still refuse it with a 319
     * @param open           the products (ReferentieAanbieder) still without an answer
     * @param controle       what to check by hand (CLIENT_ONBEKEND, ADRES_ONBEKEND, ANDERE_WOONPLAATS); null when none
     */
    public record Antwoorden(long inkomendBerichtId, String status, boolean teBeantwoorden, List<String> open,
                             String controle, List<Antwoord> beantwoordMet) {
    }

    @Operation(summary = "Een verzoek (315 of 317) afwijzen met een 319: 201 met de gemaakte 319's (één per product van een "
            + "315, één voor een hele 317); 422 ONGELDIGE_REDEN, ONBEKENDE_REFERENTIE of ONGELDIGE_GEMEENTE met het veld; "
            + "409 AL_BEANTWOORD, AL_BESLOTEN of GEEN_VERZOEK; 404 BERICHT_NIET_GEVONDEN ook voor een andere gemeente")
    @PostMapping(value = "/api/berichten/inkomend/{id}/afwijzing", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoorden> wijsAf(@PathVariable("id") long id, @RequestBody(required = false) Afwijzingsverzoek v) {
        Medewerker wie = huidige.medewerker();
        Afwijzingsverzoek a = v == null ? new Afwijzingsverzoek(null, null, null) : v;
        antwoorden.wijsAf(wie, id, new AntwoordDienst.Afwijzing(a.reden(), a.referentie(), a.woonplaatsbeginselGemeente()));
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/berichten/inkomend/" + id + "/antwoorden")
                .body(antwoorden(id));
    }

    @Operation(summary = "Wat een ontvangen verzoek beantwoordt: de 319's en de 301's van het besluit op zijn aanvraag")
    @GetMapping(value = "/api/berichten/inkomend/{id}/antwoorden", produces = MediaType.APPLICATION_JSON_VALUE)
    public Antwoorden antwoorden(@PathVariable("id") long id) {
        Medewerker wie = huidige.medewerker();
        InkomendBericht b = inkomend.lees(wie, id);
        return new Antwoorden(b.id(), b.status(), antwoorden.teBeantwoorden(b), antwoorden.open(b), b.controle(),
                opslag.antwoordenOp(b.id(), wie.gemeenten()).stream().map(Antwoord::van).toList());
    }

    /** @param betekenis the Dutch meaning from the configured code list WJ001; null when not available */
    public record Retourcode(String deel, String sleutel, String code, String betekenis) {
    }

    public record Retour(long uitgaandBerichtId, String status, List<Retourcode> retourcodes) {
    }

    @Operation(summary = "De retourcodes (WJ001) die een uitgaand bericht kreeg met een JW302 of JW320, met hun betekenis "
            + "uit de ingestelde officiële codelijst (null als die er niet is)")
    @GetMapping(value = "/api/berichten/uitgaand/{id}/retour", produces = MediaType.APPLICATION_JSON_VALUE)
    public Retour retour(@PathVariable("id") long id) {
        UitgaandBericht b = uitbox.lees(huidige.medewerker(), id);
        return new Retour(b.id(), b.status().name(), opslag.retourcodes(b.id()).stream()
                .map(r -> new Retourcode(r.deel(), r.sleutel(), r.code(), codes.betekenis(r.code()))).toList());
    }
}
