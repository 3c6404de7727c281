package nl.indiceer.web.termijn;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import nl.indiceer.web.aanvraag.Aanvraagkeuzes;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /termijnen}: what is due or overdue in the user's municipalities, soonest first, filtered by
 * municipality, consultant and how many weeks ahead. A wrong filter gets its Dutch message at the field (422) and
 * nothing is listed. The filters travel in the address: they hold no client data.
 */
@Controller
public class TermijnPagina {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final TermijnDienst dienst;
    private final Huidige huidige;
    private final Aanvraagkeuzes keuzes;

    public TermijnPagina(TermijnDienst dienst, Huidige huidige, Aanvraagkeuzes keuzes) {
        this.dienst = dienst;
        this.huidige = huidige;
        this.keuzes = keuzes;
    }

    @GetMapping("/termijnen")
    public String lijst(@RequestParam(name = "gemeente", required = false) String gemeente,
                        @RequestParam(name = "consulent", required = false) String consulent,
                        @RequestParam(name = "weken", required = false) String weken,
                        Model model, HttpServletResponse antwoord) {
        Medewerker wie = huidige.medewerker();
        Termijnfilter f = Termijnfilter.van(wie, gemeente, consulent, weken);
        LocalDate vandaag = LocalDate.now(NEDERLAND);
        model.addAttribute("gemeente", f.gemeente() == null ? "" : f.gemeente());
        model.addAttribute("consulent", f.consulent() == null ? "" : f.consulent());
        model.addAttribute("weken", f.fouten().containsKey("weken") ? weken : Integer.toString(f.weken()));
        model.addAttribute("ik", wie.gebruikersnaam());
        model.addAttribute("fouten", f.fouten());
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        model.addAttribute("vandaag", vandaag);
        if (!f.fouten().isEmpty()) {
            antwoord.setStatus(422);
            model.addAttribute("termijnen", List.of());
            return "termijn/lijst";
        }
        model.addAttribute("termijnen", dienst.lijst(wie, f.gemeente(), f.consulent(), f.weken(), vandaag).stream()
                .map(r -> new Rij(r, ChronoUnit.DAYS.between(vandaag, r.termijn().datum()))).toList());
        return "termijn/lijst";
    }

    /** A line as the page shows it, with the days from today to its date (negative: passed). */
    public record Rij(Termijnregel regel, long dagen) {
    }
}
