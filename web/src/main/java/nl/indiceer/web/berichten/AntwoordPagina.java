package nl.indiceer.web.berichten;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import nl.indiceer.berichten.Berichtuitleg;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Refusing a provider's request from its page: the 319 goes to the outbox and the page shows it; a missing or wrong
 * reason, product or municipality is said at its field (422) with what was chosen kept.
 */
@Controller
public class AntwoordPagina {

    private final AntwoordDienst antwoorden;
    private final InkomendeBerichtenDienst inkomend;
    private final Antwoordgegevens gegevens;
    private final Huidige huidige;

    public AntwoordPagina(AntwoordDienst antwoorden, InkomendeBerichtenDienst inkomend, Antwoordgegevens gegevens,
                          Huidige huidige) {
        this.antwoorden = antwoorden;
        this.inkomend = inkomend;
        this.gegevens = gegevens;
        this.huidige = huidige;
    }

    @PostMapping("/berichten/inkomend/{id}/afwijzing")
    public String wijsAf(@PathVariable("id") long id, @RequestParam(name = "reden", required = false) String reden,
                         @RequestParam(name = "referentie", required = false) String referentie,
                         @RequestParam(name = "gemeente", required = false) String gemeente, Model model,
                         HttpServletResponse antwoord) {
        Medewerker wie = huidige.medewerker();
        AntwoordDienst.Afwijzing a = new AntwoordDienst.Afwijzing(reden == null ? "" : reden,
                referentie == null ? "" : referentie, gemeente == null ? "" : gemeente);
        try {
            antwoorden.wijsAf(wie, id, a);
        } catch (AfwijzingOngeldig e) {
            antwoord.setStatus(422);
            InkomendBericht b = inkomend.lees(wie, id);
            model.addAttribute("bericht", b);
            model.addAttribute("uitleg", uitleg(b));
            gegevens.inkomend(model, b, wie, a, e.code());
            return "berichten/inkomend";
        }
        return "redirect:/berichten/inkomend/" + id;
    }

    private static List<String> uitleg(InkomendBericht b) {
        try {
            return Berichtuitleg.regels(Berichtlezer.lees(b.inhoud()));
        } catch (OngeldigBerichtException e) {
            return List.of();
        }
    }
}
