package nl.indiceer.web.declaratie;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import nl.indiceer.web.beveiliging.Huidige;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.RestController;

/** Providers' declarations (323) through the API: receive, list, the report per prestatie, approve the 325. */
@RestController
@Tag(name = "Declaraties", description = "Declaraties van aanbieders (JW323/WMO323): controle per prestatie en het antwoord (325)")
public class DeclaratieController {

    private final DeclaratieDienst dienst;
    private final DeclaratieInzage inzage;
    private final Declaratieantwoord antwoord;
    private final Declaratiegrootte grootte;
    private final Huidige huidige;

    public DeclaratieController(DeclaratieDienst dienst, DeclaratieInzage inzage, Declaratieantwoord antwoord,
                                Declaratiegrootte grootte, Huidige huidige) {
        this.dienst = dienst;
        this.inzage = inzage;
        this.antwoord = antwoord;
        this.grootte = grootte;
        this.huidige = huidige;
    }

    public record Melding(int regel, String code, String tekst) {
    }

    /** A declaration; the amounts in eurocents, {@code goedgekeurdBedrag} approved debits minus approved credits. */
    public record Overzicht(long id, String status, String soort, String gemeentecode, String aanbieder, String identificatie,
                            String declaratienummer, LocalDate periodeBegin, LocalDate periodeEind, Integer prestaties,
                            Integer goedgekeurd, Integer afgekeurd, Long ingediendBedrag, Long goedgekeurdBedrag,
                            String reden, Integer regel, String bestand, OffsetDateTime ontvangen, LocalDate antwoordUiterlijk,
                            OffsetDateTime beantwoord, List<Melding> meldingen) {

        static Overzicht van(Declaratie d, List<Melding> meldingen) {
            return new Overzicht(d.id(), d.status().name(), d.soort(), d.gemeentecode(), d.afzender(), d.identificatie(),
                    d.declaratienummer(), d.periodeBegin(), d.periodeEind(), d.prestaties(), d.goedgekeurd(), d.afgekeurd(),
                    d.ingediendBedrag(), d.goedgekeurdBedrag(), d.reden(), d.regel(), d.bestand(), d.ontvangen(),
                    d.antwoordtermijn(), d.beantwoord(), meldingen);
        }
    }

    /** One prestatie and its outcome: {@code regels} the rule codes that rejected it, {@code redenen} why, in Dutch. */
    public record Prestatieuitkomst(int volgnummer, int regel, Long clientId, String referentie, String vorigeReferentie,
                                    long toewijzingnummer, String productcategorie, String productcode, LocalDate begin,
                                    LocalDate eind, long volume, String eenheid, Long producttarief, long bedrag,
                                    String debetCredit, boolean goedgekeurd, List<String> regels, List<String> retourcodes,
                                    List<String> redenen) {

        static Prestatieuitkomst van(Declaratieregel r) {
            return new Prestatieuitkomst(r.volgnummer(), r.regel(), r.clientId(), r.referentie(), r.vorigeReferentie(),
                    r.toewijzingnummer(), r.productcategorie(), r.productcode(), r.begin(), r.eind(), r.volume(), r.eenheid(),
                    r.producttarief(), r.bedrag(), r.debetCredit(), r.goedgekeurd(), r.codes(), r.retourcodes(), r.redenen());
        }
    }

    public record Rapport(Overzicht declaratie, int vanaf, List<Prestatieuitkomst> prestaties) {
    }

    public record Beantwoord(Overzicht declaratie, long antwoordBerichtId) {
    }

    @Operation(summary = "Een declaratie (JW323/WMO323) ontvangen als XML-body: 201 met de uitkomst (elke prestatie is "
            + "gecontroleerd), 422 met status AFGEKEURD en de reden met haar regel (dan is alleen het bericht met de reden bewaard)")
    @PostMapping(value = "/api/declaraties", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Overzicht> ontvang(@RequestParam(name = "gemeente", required = false) String gemeente,
                                             HttpServletRequest verzoek) throws IOException {
        var o = dienst.ontvang(huidige.medewerker(), gemeente, grootte.lees(verzoek.getInputStream()), null);
        Overzicht uit = Overzicht.van(o.declaratie(), o.meldingen().stream()
                .map(m -> new Melding(m.regel(), m.code(), m.tekst())).toList());
        return ResponseEntity.status(o.meldingen().isEmpty() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
                .header("Location", "/api/declaraties/" + o.declaratie().id()).body(uit);
    }

    @Operation(summary = "Een declaratie met leveringsspecificatie ontvangen als multipart/form-data: deel 'declaratie' (de "
            + "323, XML) en deel 'specificatie' (CSV, docs/leveringsspecificatie.md, mag ontbreken); dan gelden voor de "
            + "gespecificeerde prestaties ook de eigen regels van de regio. Een onleesbare specificatie: 422 met code "
            + "SPECIFICATIE_<code>, regel en kolom, en er wordt niets bewaard")
    @PostMapping(value = "/api/declaraties", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Overzicht> ontvangMetSpecificatie(
            @RequestParam(name = "gemeente", required = false) String gemeente,
            @RequestPart(name = "declaratie") MultipartFile declaratie,
            @RequestPart(name = "specificatie", required = false) MultipartFile specificatie) throws IOException {
        byte[] inhoud;
        try (var in = declaratie.getInputStream()) {
            inhoud = grootte.lees(in);
        }
        byte[] spec = null;
        if (specificatie != null && !specificatie.isEmpty()) {
            try (var in = specificatie.getInputStream()) {
                spec = grootte.leesSpecificatie(in);
            }
        }
        var o = dienst.ontvang(huidige.medewerker(), gemeente, inhoud, null, spec);
        Overzicht uit = Overzicht.van(o.declaratie(), o.meldingen().stream()
                .map(m -> new Melding(m.regel(), m.code(), m.tekst())).toList());
        return ResponseEntity.status(o.meldingen().isEmpty() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
                .header("Location", "/api/declaraties/" + o.declaratie().id()).body(uit);
    }

    @Operation(summary = "De ontvangen declaraties van uw gemeenten, nieuwste eerst (hoogstens 200)")
    @GetMapping(value = "/api/declaraties", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Overzicht> lijst() {
        return inzage.lijst(huidige.medewerker()).stream().map(d -> Overzicht.van(d, List.of())).toList();
    }

    @Operation(summary = "Het rapport van één declaratie: per prestatie goedgekeurd of afgekeurd met de regels en de reden "
            + "(per pagina: vanaf, aantal hoogstens 5000)")
    @GetMapping(value = "/api/declaraties/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Rapport rapport(@PathVariable("id") long id, @RequestParam(name = "vanaf", defaultValue = "0") int vanaf,
                           @RequestParam(name = "aantal", defaultValue = "1000") int aantal) {
        Declaratie d = inzage.lees(huidige.medewerker(), id);
        return new Rapport(Overzicht.van(d, List.of()), vanaf,
                inzage.regels(d, vanaf, aantal).stream().map(Prestatieuitkomst::van).toList());
    }

    @Operation(summary = "De controle goedkeuren: de 325 gaat naar de uitbox (409 wanneer al beantwoord of afgekeurd)")
    @PostMapping(value = "/api/declaraties/{id}/goedkeuring", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Beantwoord> keurGoed(@PathVariable("id") long id) {
        long bericht = antwoord.keurGoed(huidige.medewerker(), id);
        Declaratie d = inzage.lees(huidige.medewerker(), id);
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/berichten/uitgaand/" + bericht)
                .body(new Beantwoord(Overzicht.van(d, List.of()), bericht));
    }
}
