package nl.indiceer.web.sturing;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.aanvraag.Aanvraagkeuzes;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code GET /sturing}: for one of the user's municipalities and a period, the committed cost of the running decisions
 * per month, product, provider and law, and the forecast of the year against the budget, each as a chart with its
 * table beside it and a CSV file ({@code GET /sturing/csv/<tabel>}). {@code POST /sturing/budget}: the beleid role
 * enters a budget (422 with the message at the field when wrong). Another municipality's code is answered 404, as one
 * that does not exist. Aggregates only; small cells are suppressed. The choice travels in the address: it holds no
 * client data.
 */
@Controller
public class SturingPagina {

    private final Rapportage rapportage;
    private final BudgetDienst budgets;
    private final Huidige huidige;
    private final Aanvraagkeuzes keuzes;
    private final Sturingweergave weergave;
    private final int minimumMaanden;
    private final int minimumClienten;

    public SturingPagina(Rapportage rapportage, BudgetDienst budgets, Huidige huidige, Aanvraagkeuzes keuzes,
                         Sturingweergave weergave,
                         @org.springframework.beans.factory.annotation.Value("${indiceer.sturing.benutting.minimum-maanden:3}") int minimumMaanden,
                         @org.springframework.beans.factory.annotation.Value("${indiceer.sturing.benutting.minimum-clienten:10}") int minimumClienten) {
        this.minimumMaanden = minimumMaanden;
        this.minimumClienten = minimumClienten;
        this.rapportage = rapportage;
        this.budgets = budgets;
        this.huidige = huidige;
        this.keuzes = keuzes;
        this.weergave = weergave;
    }

    @GetMapping("/sturing")
    public String pagina(@RequestParam(name = "gemeente", required = false) String gemeente,
                         @RequestParam(name = "jaar", required = false) String jaar,
                         @RequestParam(name = "van", required = false) String van,
                         @RequestParam(name = "tot", required = false) String tot,
                         Model model, HttpServletResponse antwoord) {
        Medewerker wie = huidige.medewerker();
        LocalDate vandaag = LocalDate.now(SturingDienst.NEDERLAND);
        Rapportfilter f = filter(wie, gemeente, jaar, van, tot, vandaag);
        model.addAttribute("filterJaar", f.fouten().containsKey("jaar") ? jaar : Integer.toString(f.jaar()));
        model.addAttribute("filterVan", van == null ? "" : van);
        model.addAttribute("filterTot", tot == null ? "" : tot);
        model.addAttribute("budget", Map.of("gemeente", f.gemeente(), "wet", "", "jaar", Integer.toString(f.jaar()), "bedrag", ""));
        model.addAttribute("budgetFouten", Map.of());
        return toon(wie, f, vandaag, model, antwoord);
    }

    @PostMapping("/sturing/budget")
    public String budget(@RequestParam(name = "gemeente", required = false) String gemeente,
                         @RequestParam(name = "wet", required = false) String wet,
                         @RequestParam(name = "jaar", required = false) String jaar,
                         @RequestParam(name = "bedrag", required = false) String bedrag,
                         Model model, HttpServletResponse antwoord, RedirectAttributes opgeslagen) {
        Beleidsrol.vereist();
        Medewerker wie = huidige.medewerker();
        if (gemeente == null || !wie.gemeenten().contains(gemeente.strip())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        LocalDate vandaag = LocalDate.now(SturingDienst.NEDERLAND);
        Budgetinvoer invoer = Budgetinvoer.van(wie.gemeenten(), gemeente, wet, jaar, bedrag);
        Rapportfilter f = filter(wie, gemeente, invoer.fouten().containsKey("jaar") ? null : jaar, null, null, vandaag);
        model.addAttribute("filterJaar", Integer.toString(f.jaar()));
        model.addAttribute("filterVan", "");
        model.addAttribute("filterTot", "");
        if (invoer.fouten().isEmpty()) {
            budgets.zet(wie, invoer);
            // post/redirect/get: reloading the page does not enter the budget again
            opgeslagen.addFlashAttribute("budgetOpgeslagen", true);
            return "redirect:/sturing?gemeente=" + invoer.gemeente() + "&jaar=" + invoer.jaar();
        } else {
            antwoord.setStatus(422);
            model.addAttribute("budget", Map.of("gemeente", gemeente.strip(), "wet", wet == null ? "" : wet,
                    "jaar", jaar == null ? "" : jaar, "bedrag", bedrag == null ? "" : bedrag));
            model.addAttribute("budgetFouten", invoer.fouten());
        }
        return toon(wie, f, vandaag, model, null);
    }

    @GetMapping("/sturing/csv/{tabel}")
    public ResponseEntity<byte[]> csv(@PathVariable("tabel") String tabel,
                                      @RequestParam(name = "gemeente", required = false) String gemeente,
                                      @RequestParam(name = "jaar", required = false) String jaar,
                                      @RequestParam(name = "van", required = false) String van,
                                      @RequestParam(name = "tot", required = false) String tot) {
        Medewerker wie = huidige.medewerker();
        LocalDate vandaag = LocalDate.now(SturingDienst.NEDERLAND);
        Rapportfilter f = filter(wie, gemeente, jaar, van, tot, vandaag);
        if (!f.fouten().isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        Rapportage.Rapport r = rapportage.rapport(wie, f, vandaag);
        String inhoud = switch (tabel) {
            case "maanden" -> Sturingstabellen.cellen("maand", r.verplichtingen().perMaand());
            case "producten" -> Sturingstabellen.cellen("product", r.verplichtingen().perProduct());
            case "aanbieders" -> Sturingstabellen.cellen("aanbieder", r.verplichtingen().perAanbieder());
            case "wetten" -> Sturingstabellen.cellen("wet", r.verplichtingen().perWet());
            case "prognose" -> Sturingstabellen.prognose(r.prognose());
            case "benutting-maanden" -> Sturingstabellen.benutting("maand", r.benutting().perMaand());
            case "benutting-producten" -> Sturingstabellen.benutting("product", r.benutting().perProduct());
            case "benutting-aanbieders" -> Sturingstabellen.benutting("aanbieder", r.benutting().perAanbieder());
            case "benutting-consulenten" -> Sturingstabellen.benutting("consulent", r.benutting().perConsulent());
            default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        };
        String naam = "sturing-" + f.gemeente() + "-" + f.van() + "-" + f.tot() + "-" + tabel + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + naam + "\"")
                .body(inhoud.getBytes(StandardCharsets.UTF_8));
    }

    private Rapportfilter filter(Medewerker wie, String gemeente, String jaar, String van, String tot, LocalDate vandaag) {
        Rapportfilter f = Rapportfilter.van(wie.gemeenten(), gemeente, jaar, van, tot, vandaag.getYear());
        if (f.vreemd()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return f;
    }

    private String toon(Medewerker wie, Rapportfilter f, LocalDate vandaag, Model model, HttpServletResponse antwoord) {
        model.addAttribute("gemeente", f.gemeente());
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        model.addAttribute("fouten", f.fouten());
        model.addAttribute("wetten", List.of("jeugdwet", "wmo"));
        if (!f.fouten().isEmpty()) {
            if (antwoord != null) {
                antwoord.setStatus(422);
            }
            return "sturing/sturing";
        }
        Rapportage.Rapport r = rapportage.rapport(wie, f, vandaag);
        model.addAttribute("rapport", r);
        model.addAttribute("minimumMaanden", minimumMaanden);
        model.addAttribute("minimumClienten", minimumClienten);
        model.addAttribute("van", f.van().toString());
        model.addAttribute("tot", f.tot().toString());
        model.addAttribute("diagramMaanden", Staafdiagram.van(r.verplichtingen().perMaand().stream()
                .map(c -> new Staafdiagram.Waarde(weergave.maand(c.sleutel()), c.bedrag(), "vastgelegd")).toList()));
        model.addAttribute("diagramProducten", Staafdiagram.van(r.verplichtingen().perProduct().stream()
                .map(c -> new Staafdiagram.Waarde(c.sleutel(), c.bedrag(), "vastgelegd")).toList()));
        List<Staafdiagram.Waarde> trend = new ArrayList<>();
        for (Benuttingscel c : r.benutting().perMaand()) {
            trend.add(new Staafdiagram.Waarde(weergave.maand(c.sleutel()), c.vastgelegd(), "vastgelegd"));
            // the month names the pair once, under its first bar
            trend.add(new Staafdiagram.Waarde("", c.gerealiseerd(), "gerealiseerd"));
        }
        model.addAttribute("diagramRealisatie", Staafdiagram.van(trend));
        model.addAttribute("diagramBenutting", Staafdiagram.van(r.benutting().perProduct().stream()
                .map(c -> new Staafdiagram.Waarde(c.sleutel(), c.benutting(), "benutting")).toList()));
        List<Staafdiagram.Waarde> prognose = new ArrayList<>();
        for (Prognose.Regel p : r.prognose()) {
            prognose.add(new Staafdiagram.Waarde(weergave.prognoselabel(p.wet(), false), p.prognose(), "prognose"));
            prognose.add(new Staafdiagram.Waarde(weergave.prognoselabel(p.wet(), true), p.budget(), "budget"));
        }
        model.addAttribute("diagramPrognose", Staafdiagram.van(prognose));
        return "sturing/sturing";
    }
}
