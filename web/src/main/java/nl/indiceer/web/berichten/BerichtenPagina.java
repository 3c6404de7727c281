package nl.indiceer.web.berichten;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.indiceer.berichten.Berichtuitleg;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.web.aanvraag.Aanvraagkeuzes;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /berichten}: the outbox (301s with their status, and why a decision did not become a 301), the messages
 * received (to handle, rejected with their reason), and a form to receive a provider's message by pasting its XML.
 * One message's page shows what it means in Dutch and the XML as stored. Scoped and audited through the services.
 */
@Controller
public class BerichtenPagina {

    private final UitboxDienst uitbox;
    private final InkomendeBerichtenDienst inkomend;
    private final Huidige huidige;
    private final Aanvraagkeuzes keuzes;
    private final Antwoordgegevens antwoorden;
    private final Declaratieantwoordgegevens declaratieantwoorden;

    public BerichtenPagina(UitboxDienst uitbox, InkomendeBerichtenDienst inkomend, Huidige huidige, Aanvraagkeuzes keuzes,
                           Antwoordgegevens antwoorden, Declaratieantwoordgegevens declaratieantwoorden) {
        this.antwoorden = antwoorden;
        this.declaratieantwoorden = declaratieantwoorden;
        this.uitbox = uitbox;
        this.inkomend = inkomend;
        this.huidige = huidige;
        this.keuzes = keuzes;
    }

    @GetMapping("/berichten")
    public String overzicht(Model model) {
        return overzicht(huidige.medewerker(), model, "", null, null);
    }

    private String overzicht(Medewerker wie, Model model, String xml, String gemeente, String fout) {
        model.addAttribute("uitgaand", uitbox.lijst(wie));
        model.addAttribute("redenen", uitbox.redenen(wie));
        model.addAttribute("inkomend", inkomend.lijst(wie));
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        model.addAttribute("xml", xml);
        model.addAttribute("gekozen", gemeente == null ? "" : gemeente);
        model.addAttribute("fout", fout);
        return "berichten/overzicht";
    }

    /** Receives a pasted message; a missing or too large one is said at the field (422), the text kept. */
    @PostMapping("/berichten")
    public String ontvang(@RequestParam(name = "xml", required = false) String xml,
                          @RequestParam(name = "gemeente", required = false) String gemeente,
                          Model model, HttpServletResponse antwoord) {
        Medewerker wie = huidige.medewerker();
        String g = gemeente == null || gemeente.isBlank() ? null : gemeente;
        String tekst = xml == null ? "" : xml;
        String fout = tekst.isBlank() ? "leeg"
                : tekst.getBytes(StandardCharsets.UTF_8).length > Berichtlezer.MAXIMALE_GROOTTE ? "te-groot"
                : g != null && !wie.gemeenten().contains(g) ? "gemeente"
                : g == null && wie.gemeenten().size() > 1 ? "gemeente" : null;
        if (fout != null) {
            antwoord.setStatus(422);
            return overzicht(wie, model, fout.equals("te-groot") ? "" : tekst, g, fout);
        }
        var o = inkomend.ontvang(wie, g, tekst.getBytes(StandardCharsets.UTF_8));
        return "redirect:/berichten/inkomend/" + o.bericht().id();
    }

    @GetMapping("/berichten/uitgaand/{id}")
    public String uitgaand(@PathVariable("id") long id, Model model) {
        UitgaandBericht b = uitbox.lees(huidige.medewerker(), id);
        model.addAttribute("bericht", b);
        model.addAttribute("uitleg", uitleg(b.inhoud()));
        antwoorden.uitgaand(model, b);
        declaratieantwoorden.uitgaand(model, b);
        return "berichten/uitgaand";
    }

    @GetMapping("/berichten/inkomend/{id}")
    public String inkomend(@PathVariable("id") long id, Model model) {
        Medewerker wie = huidige.medewerker();
        InkomendBericht b = inkomend.lees(wie, id);
        model.addAttribute("bericht", b);
        model.addAttribute("uitleg", InkomendeBerichtenDienst.AFGEKEURD.equals(b.status()) ? List.of() : uitleg(b.inhoud()));
        antwoorden.inkomend(model, b, wie, null, null);
        return "berichten/inkomend";
    }

    /** What the message means, in Dutch (the berichten module's reading, as `indiceer bericht lees` prints it). */
    private static List<String> uitleg(byte[] inhoud) {
        try {
            return Berichtuitleg.regels(Berichtlezer.lees(inhoud));
        } catch (OngeldigBerichtException e) {
            return List.of();
        }
    }
}
