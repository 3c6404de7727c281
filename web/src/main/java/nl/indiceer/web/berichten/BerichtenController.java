package nl.indiceer.web.berichten;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
    private final InkomendeBerichtenDienst inkomend;
    private final Huidige huidige;

    public BerichtenController(UitboxDienst uitbox, InkomendeBerichtenDienst inkomend, Huidige huidige) {
        this.uitbox = uitbox;
        this.inkomend = inkomend;
        this.huidige = huidige;
    }

    public record Melding(int regel, String code, String tekst) {
    }

    /** An incoming message; {@code meldingen}: every reason it was rejected, with its line (empty when accepted). */
    public record Inkomend(long id, String soort, String gemeentecode, String afzender, String identificatie, String status,
                           String reden, Integer regel, Long clientId, Long aanvraagId, Long toewijzingnummer,
                           LocalDate datum, OffsetDateTime ontvangen, List<Melding> meldingen) {

        static Inkomend van(InkomendBericht b, List<Melding> meldingen) {
            return new Inkomend(b.id(), b.soort(), b.gemeentecode(), b.afzender(), b.identificatie(), b.status(), b.reden(),
                    b.regel(), b.clientId(), b.aanvraagId(), b.toewijzingnummer(), b.datum(), b.ontvangen(), meldingen);
        }
    }

    /** The body, at most {@link Berichtlezer#MAXIMALE_GROOTTE} bytes; a larger one is refused before it is read whole. */
    static byte[] lichaam(InputStream in) throws IOException {
        byte[] b = in.readNBytes(Berichtlezer.MAXIMALE_GROOTTE + 1);
        if (b.length > Berichtlezer.MAXIMALE_GROOTTE) {
            throw new Probleem(HttpStatus.CONTENT_TOO_LARGE, "BERICHT_TE_GROOT", "Bericht te groot",
                    "een bericht is hoogstens " + Berichtlezer.MAXIMALE_GROOTTE / (1024 * 1024) + " MB");
        }
        if (b.length == 0) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "BERICHT_LEEG", "Geen bericht", "stuur het XML-bericht als body");
        }
        return b;
    }

    @Operation(summary = "Een bericht van een aanbieder ontvangen (315, 317, 305, 307) als XML-body: 201 met wat ermee "
            + "gedaan is, 422 BERICHT_AFGEKEURD met elke reden en haar regel (het bericht is dan bewaard als AFGEKEURD, verder niets)")
    @PostMapping(value = "/api/berichten", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Inkomend> ontvang(@RequestParam(name = "gemeente", required = false) String gemeente,
                                            HttpServletRequest verzoek) throws IOException {
        var o = inkomend.ontvang(huidige.medewerker(), gemeente, lichaam(verzoek.getInputStream()));
        Inkomend antwoord = Inkomend.van(o.bericht(), o.meldingen().stream()
                .map(m -> new Melding(m.regel(), m.code(), m.tekst())).toList());
        return ResponseEntity.status(o.meldingen().isEmpty() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
                .header("Location", "/api/berichten/inkomend/" + o.bericht().id()).body(antwoord);
    }

    @Operation(summary = "De ontvangen berichten van uw gemeenten, nieuwste eerst (hoogstens 200)")
    @GetMapping(value = "/api/berichten/inkomend", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Inkomend> inkomend() {
        return inkomend.lijst(huidige.medewerker()).stream().map(b -> Inkomend.van(b, List.of())).toList();
    }

    @Operation(summary = "Eén ontvangen bericht")
    @GetMapping(value = "/api/berichten/inkomend/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Inkomend inkomend(@PathVariable("id") long id) {
        return Inkomend.van(inkomend.lees(huidige.medewerker(), id), List.of());
    }

    public record Uitgaand(long id, String soort, String gemeentecode, Long clientId, Long beschikkingId, String ontvanger,
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
