package nl.indiceer.web.termijn;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Toewijzingstijdlijn;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
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

    private final NoShowOpslag opslag;
    private final BeschikkingOpslag beschikkingen;
    private final Huidige huidige;
    private final Audit audit;

    public NoShowController(NoShowOpslag opslag, BeschikkingOpslag beschikkingen, Huidige huidige, Audit audit) {
        this.opslag = opslag;
        this.beschikkingen = beschikkingen;
        this.huidige = huidige;
        this.audit = audit;
    }

    public record Melding(Long beschikkingId, String toewijzing, String gemeld) {
    }

    public record Besluit(String besloten) {
    }

    @Operation(summary = "Derde no-show vastleggen: de dag waarop de aanbieder de derde no-show meldde, bij een toewijzing van een beschikking")
    @PostMapping("/api/termijnen/no-show")
    @Transactional
    public ResponseEntity<Map<String, Object>> meld(@RequestBody Melding m) {
        Medewerker wie = huidige.medewerker();
        List<Map<String, String>> fouten = new ArrayList<>();
        LocalDate gemeld = datum(m.gemeld(), "gemeld", fouten);
        if (m.beschikkingId() == null) {
            fouten.add(Veldfouten.fout("beschikkingId", "ONTBREEKT", "vul het id van de beschikking in"));
        }
        if (m.toewijzing() == null || m.toewijzing().isBlank() || m.toewijzing().length() > 80) {
            fouten.add(Veldfouten.fout("toewijzing", "ONTBREEKT", "vul de toewijzing van de beschikking in (kenmerk/regel)"));
        }
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIGE_MELDING", "Ongeldige melding", fouten);
        }
        OpgeslagenBeschikking b = beschikkingen.metId(m.beschikkingId(), wie.gemeenten()).orElseThrow(() ->
                new Probleem(HttpStatus.NOT_FOUND, "BESCHIKKING_NIET_GEVONDEN", "Beschikking niet gevonden",
                        "er is geen beschikking met dit id in uw gemeenten"));
        Toewijzingstijdlijn tijdlijn = Toewijzingstijdlijn.van(beschikkingen.vanClient(b.clientId(), wie.gemeenten()).stream()
                .map(x -> BeschikkingJson.tijdlijn(x.inhoud())).toList());
        if (tijdlijn.alle().stream().noneMatch(t -> t.id().equals(m.toewijzing()))) {
            throw new Veldfouten("ONGELDIGE_MELDING", "Ongeldige melding", List.of(Veldfouten.fout("toewijzing",
                    "TOEWIJZING_ONBEKEND", "de cliënt van deze beschikking heeft geen toewijzing " + m.toewijzing())));
        }
        long id = opslag.voegToe(b.gemeentecode(), b.clientId(), b.id(), m.toewijzing(), gemeld, wie.gebruikersnaam(),
                OffsetDateTime.now(ZoneOffset.UTC));
        audit.noteer("NO_SHOW_VASTGELEGD", "no_show_melding", id, null);
        return ResponseEntity.created(URI.create("/api/termijnen/no-show/" + id)).body(Map.of("id", id));
    }

    @Operation(summary = "Het besluit na een derde no-show als genomen vastleggen: de termijn verdwijnt van de lijst")
    @PostMapping("/api/termijnen/no-show/{id}/besloten")
    @Transactional
    public ResponseEntity<Void> besloten(@PathVariable("id") long id, @RequestBody Besluit b) {
        Medewerker wie = huidige.medewerker();
        List<Map<String, String>> fouten = new ArrayList<>();
        LocalDate dag = datum(b.besloten(), "besloten", fouten);
        if (!fouten.isEmpty()) {
            throw new Veldfouten("ONGELDIG_BESLUIT", "Ongeldig besluit", fouten);
        }
        boolean gedaan = opslag.besloten(id, wie.gemeenten(), dag, wie.gebruikersnaam());
        audit.noteer(gedaan ? "NO_SHOW_BESLOTEN" : "NO_SHOW_NIET_GEVONDEN", "no_show_melding", id, null);
        if (!gedaan) {
            throw new Probleem(HttpStatus.NOT_FOUND, "MELDING_NIET_GEVONDEN", "Melding niet gevonden",
                    "er is geen open no-showmelding met dit id in uw gemeenten");
        }
        return ResponseEntity.noContent().build();
    }

    private static LocalDate datum(String tekst, String veld, List<Map<String, String>> fouten) {
        try {
            LocalDate d = tekst == null ? null : LocalDate.parse(tekst.strip());
            if (d != null && d.getYear() >= 1900 && d.getYear() <= 2200) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // named below
        }
        fouten.add(Veldfouten.fout(veld, "GEEN_DATUM", "een datum als JJJJ-MM-DD"));
        return null;
    }
}
