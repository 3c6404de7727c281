package nl.indiceer.web.aanvraag;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Filter;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /aanvragen}: the aanvragen of the user's municipalities, last saved first, filtered by status,
 * municipality (one of the user's) and consultant (user name), paged with the storage's keyset cursor ("Volgende":
 * {@code na}), so every page reads only its own rows from an index, also at a million rows. No search on a client's
 * name: the filters travel in the address, and a name must not. A wrong filter gets its Dutch message at the field
 * (422) and nothing is listed; an unusable cursor starts at the first page with a message.
 */
@Controller
public class AanvraagLijstPagina {

    static final int GROOTTE = 20;
    private static final Pattern GEBRUIKERSNAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");

    private final AanvraagDienst dienst;
    private final Huidige huidige;
    private final Aanvraagkeuzes keuzes;

    public AanvraagLijstPagina(AanvraagDienst dienst, Huidige huidige, Aanvraagkeuzes keuzes) {
        this.dienst = dienst;
        this.huidige = huidige;
        this.keuzes = keuzes;
    }

    @GetMapping("/aanvragen")
    public String lijst(@RequestParam(name = "status", required = false) String status,
                        @RequestParam(name = "gemeente", required = false) String gemeente,
                        @RequestParam(name = "consulent", required = false) String consulent,
                        @RequestParam(name = "na", required = false) String na,
                        Model model, HttpServletResponse antwoord) {
        Medewerker wie = huidige.medewerker();
        String s = leeg(status) ? "" : status.strip();
        String g = leeg(gemeente) ? "" : gemeente.strip();
        String c = leeg(consulent) ? "" : consulent.strip();
        Map<String, String> fouten = new LinkedHashMap<>();
        Aanvraagstatus st = null;
        if (!s.isEmpty()) {
            st = Aanvraagstatus.vanNaam(s);
            if (st == null) {
                fouten.put("filter-status", "aanvraag.lijst.fout.status");
            }
        }
        if (!g.isEmpty() && !wie.gemeenten().contains(g)) {
            fouten.put("filter-gemeente", "aanvraag.lijst.fout.gemeente");
        }
        if (!c.isEmpty() && !GEBRUIKERSNAAM.matcher(c).matches()) {
            fouten.put("filter-consulent", "aanvraag.lijst.fout.consulent");
        }
        Cursor cursor = null;
        if (!leeg(na)) {
            cursor = Cursor.van(na).orElse(null);
            if (cursor == null) {
                model.addAttribute("cursorOngeldig", true);
            }
        }
        model.addAttribute("status", s);
        model.addAttribute("gemeente", g);
        model.addAttribute("consulent", c);
        model.addAttribute("fouten", fouten);
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        model.addAttribute("vervolg", cursor != null);
        if (!fouten.isEmpty()) {
            antwoord.setStatus(422);
            model.addAttribute("aanvragen", List.of());
            model.addAttribute("volgende", null);
            return "aanvraag/lijst";
        }
        AanvraagDienst.Pagina p = dienst.lijst(wie, new Filter(st, g.isEmpty() ? null : g, c.isEmpty() ? null : c, null),
                cursor, GROOTTE);
        model.addAttribute("aanvragen", p.aanvragen());
        model.addAttribute("volgende", p.volgende());
        return "aanvraag/lijst";
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
