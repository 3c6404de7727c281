package nl.indiceer.web.sturing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sturing/inwerking}: the beleid role checks a candidate version (body: the YAML) and sees what putting
 * it in force would do; with {@code ?bevestig=<bestand_sha256>} (the hash the check answered) it is put in force from
 * its {@code geldig_vanaf}. {@code GET /api/sturing/inwerking} lists the versions put in force (beleid, auditor).
 */
@RestController
@Tag(name = "Sturing", description = "Verplichtingen, prognose en budget per gemeente (alleen totalen)")
public class InwerkingstellingController {

    private static final Locale NL = Locale.forLanguageTag("nl");

    private final Inwerkingstelling inwerkingstelling;
    private final RegelingenInWerking inWerking;
    private final Huidige huidige;
    private final MessageSource teksten;

    public InwerkingstellingController(Inwerkingstelling inwerkingstelling, RegelingenInWerking inWerking, Huidige huidige,
                                       MessageSource teksten) {
        this.inwerkingstelling = inwerkingstelling;
        this.inWerking = inWerking;
        this.huidige = huidige;
        this.teksten = teksten;
    }

    /** A version as the answer names it; {@code geldigTot} null: open-ended. */
    public record Versie(String regio, LocalDate geldigVanaf, LocalDate geldigTot, String sha256) {
        static Versie van(Regeling r) {
            return r == null ? null : new Versie(r.regio(), r.geldigVanaf(), r.geldigTot(), r.versie().hash());
        }
    }

    /** @param id null for a check only; {@code beeindigt}: the version that then ends the day before (or null) */
    public record Antwoord(Long id, boolean inWerking, Versie versie, Versie beeindigt, String bestandSha256) {
    }

    @Operation(summary = "Een nieuwe versie van een regeling controleren, en met bevestig in werking zetten (rol beleid)")
    @PostMapping(value = "/api/sturing/inwerking", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Antwoord> zet(@RequestParam(name = "bevestig", required = false) String bevestig,
                                        HttpServletRequest verzoek) throws IOException {
        Beleidsrol.vereist();
        byte[] kandidaat;
        try (InputStream in = verzoek.getInputStream()) {
            kandidaat = in.readNBytes(Kandidaatregelingen.MAXIMALE_GROOTTE + 1);
        }
        LocalDate vandaag = LocalDate.now(SturingDienst.NEDERLAND);
        try {
            Inwerkingstelling.Voorstel v = inwerkingstelling.controleer(kandidaat, vandaag);
            if (bevestig == null) {
                return ResponseEntity.ok(new Antwoord(null, false, Versie.van(v.versie()), Versie.van(v.beeindigt()),
                        v.bestandHash()));
            }
            long id = inwerkingstelling.zetInWerking(huidige.medewerker(), kandidaat, bevestig, vandaag);
            return ResponseEntity.created(URI.create("/api/sturing/inwerking/" + id)).body(new Antwoord(id, true,
                    Versie.van(v.versie()), Versie.van(v.beeindigt()), v.bestandHash()));
        } catch (OngeldigeRegelingException e) {
            throw new Veldfouten("ONGELDIGE_REGELING", "Ongeldige regeling", e.problemen().stream()
                    .map(p -> Veldfouten.fout(p.bestand() + ":" + p.regel() + ":" + p.veld(), "ONGELDIGE_REGELING", p.melding()))
                    .toList());
        } catch (Inwerkingstelling.Geweigerd g) {
            throw new Probleem(g.status(), g.code(), "Niet in werking gezet",
                    teksten.getMessage(g.sleutel(), g.argumenten(), NL));
        }
    }

    @Operation(summary = "De versies die in de applicatie in werking zijn gezet (rollen beleid en auditor)")
    @GetMapping(value = "/api/sturing/inwerking", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<RegelingenInWerking.Inwerkingstelling> lijst() {
        return inWerking.inwerkingstellingen();
    }
}
