package nl.indiceer.web.sturing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /sturing/inwerking}: the beleid role puts a candidate rulebook version in force from its {@code geldig_vanaf},
 * in two steps: upload (checked as putting it in force would; nothing stored) and confirm (the page carries the file
 * back with its SHA-256, so any instance can handle the confirmation and another file is refused). Refusals are shown
 * at the file field: 422 for the file or its date, 409 for a conflict with what is in force. The auditor reads the
 * list of versions put in force; only the beleid role uploads and confirms.
 */
@Controller
public class InwerkingstellingPagina {

    private final Inwerkingstelling inwerkingstelling;
    private final RegelingenInWerking inWerking;
    private final Huidige huidige;

    public InwerkingstellingPagina(Inwerkingstelling inwerkingstelling, RegelingenInWerking inWerking, Huidige huidige) {
        this.inwerkingstelling = inwerkingstelling;
        this.inWerking = inWerking;
        this.huidige = huidige;
    }

    @GetMapping("/sturing/inwerking")
    public String formulier(@RequestParam(name = "gezet", required = false) Long gezet, Model model) {
        model.addAttribute("gezet", gezet == null ? null : inWerking.inwerkingstellingen().stream()
                .filter(i -> i.id() == gezet).findFirst().orElse(null));
        return pagina(model);
    }

    @PostMapping("/sturing/inwerking")
    public String controleer(@RequestParam(name = "kandidaat", required = false) MultipartFile bestand, Model model,
                             HttpServletResponse antwoord) throws IOException {
        Beleidsrol.vereist();
        if (bestand == null || bestand.isEmpty()) {
            return fout(model, antwoord, 422, "leeg", List.of(), null);
        }
        if (bestand.getSize() > Kandidaatregelingen.MAXIMALE_GROOTTE) {
            return fout(model, antwoord, 422, "te-groot", List.of(), null);
        }
        byte[] inhoud = bestand.getBytes();
        try {
            Inwerkingstelling.Voorstel voorstel = inwerkingstelling.controleer(inhoud, vandaag());
            model.addAttribute("voorstel", voorstel);
            model.addAttribute("inhoud", Base64.getEncoder().encodeToString(inhoud));
        } catch (OngeldigeRegelingException e) {
            return fout(model, antwoord, 422, "ongeldig", e.problemen(), null);
        } catch (Inwerkingstelling.Geweigerd g) {
            return fout(model, antwoord, g.status().value(), "geweigerd", List.of(), g);
        }
        return pagina(model);
    }

    @PostMapping("/sturing/inwerking/bevestig")
    public String bevestig(@RequestParam(name = "inhoud", required = false) String inhoud,
                           @RequestParam(name = "hash", required = false) String hash, Model model,
                           HttpServletResponse antwoord) {
        Beleidsrol.vereist();
        byte[] bytes;
        try {
            bytes = inhoud == null ? new byte[0] : Base64.getDecoder().decode(inhoud);
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length == 0 || hash == null) {
            return fout(model, antwoord, 422, "leeg", List.of(), null);
        }
        try {
            long id = inwerkingstelling.zetInWerking(huidige.medewerker(), bytes, hash, vandaag());
            return "redirect:/sturing/inwerking?gezet=" + id;
        } catch (OngeldigeRegelingException e) {
            return fout(model, antwoord, 422, "ongeldig", e.problemen(), null);
        } catch (Inwerkingstelling.Geweigerd g) {
            return fout(model, antwoord, g.status().value(), "geweigerd", List.of(), g);
        }
    }

    private String fout(Model model, HttpServletResponse antwoord, int status, String melding,
                        List<nl.indiceer.regeling.Probleem> problemen, Inwerkingstelling.Geweigerd geweigerd) {
        antwoord.setStatus(status);
        model.addAttribute("melding", melding);
        model.addAttribute("problemen", problemen);
        model.addAttribute("geweigerd", geweigerd);
        return pagina(model);
    }

    private String pagina(Model model) {
        if (!model.containsAttribute("problemen")) {
            model.addAttribute("problemen", List.of());
        }
        List<RegelingenInWerking.Inwerkingstelling> nieuwsteEerst = new java.util.ArrayList<>(inWerking.inwerkingstellingen());
        java.util.Collections.reverse(nieuwsteEerst);
        model.addAttribute("inwerkingstellingen", nieuwsteEerst);
        return "sturing/inwerking";
    }

    private static LocalDate vandaag() {
        return LocalDate.now(SturingDienst.NEDERLAND);
    }
}
