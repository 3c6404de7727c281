package nl.indiceer.web.sturing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/sturing/...}: the aggregates of the steering page as JSON (BELEID, AUDITOR), the same cells with the same
 * suppression; {@code PUT /api/sturing/budget} enters a budget (BELEID). Another municipality's code: 404.
 */
@RestController
@Tag(name = "Sturing", description = "Verplichtingen, prognose en budget per gemeente (alleen totalen)")
public class SturingController {

    private final Rapportage rapportage;
    private final BudgetDienst budgets;
    private final Huidige huidige;

    public SturingController(Rapportage rapportage, BudgetDienst budgets, Huidige huidige) {
        this.rapportage = rapportage;
        this.budgets = budgets;
        this.huidige = huidige;
    }

    /**
     * @param gerealiseerd committed and realised cost and utilisation per month, product, provider, law and consultant
     *                     (approved prestaties of answered declarations), suppressed as the committed cells are
     */
    public record Antwoord(String gemeente, int jaar, String van, String tot, int minimumGroep,
                           Verplichtingen.Overzicht verplichtingen, java.util.List<Prognose.Regel> prognose,
                           Benuttingen.Overzicht gerealiseerd) {
    }

    public record Budget(String gemeente, String wet, String jaar, String bedrag) {
    }

    @Operation(summary = "Vastgelegde en gerealiseerde kosten en benutting per maand, product, aanbieder, wet en consulent, en de prognose tegenover het budget")
    @GetMapping(value = "/api/sturing/rapport", produces = MediaType.APPLICATION_JSON_VALUE)
    public Antwoord rapport(@RequestParam(name = "gemeente", required = false) String gemeente,
                            @RequestParam(name = "jaar", required = false) String jaar,
                            @RequestParam(name = "van", required = false) String van,
                            @RequestParam(name = "tot", required = false) String tot) {
        Medewerker wie = huidige.medewerker();
        LocalDate vandaag = LocalDate.now(SturingDienst.NEDERLAND);
        Rapportfilter f = Rapportfilter.van(wie.gemeenten(), gemeente, jaar, van, tot, vandaag.getYear());
        if (f.vreemd()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!f.fouten().isEmpty()) {
            throw fouten("ONGELDIG_FILTER", "Ongeldig filter", f.fouten());
        }
        Rapportage.Rapport r = rapportage.rapport(wie, f, vandaag);
        return new Antwoord(r.gemeente(), r.jaar(), f.van().toString(), f.tot().toString(), Kleinecellen.MINIMUM,
                r.verplichtingen(), r.prognose(), r.benutting());
    }

    @Operation(summary = "Budget per gemeente, wet en jaar invoeren of vervangen (rol beleid)")
    @PutMapping(value = "/api/sturing/budget", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void budget(@RequestBody Budget b) {
        Beleidsrol.vereist();
        Medewerker wie = huidige.medewerker();
        if (b.gemeente() == null || !wie.gemeenten().contains(b.gemeente().strip())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Budgetinvoer invoer = Budgetinvoer.van(wie.gemeenten(), b.gemeente(), b.wet(), b.jaar(), b.bedrag());
        if (!invoer.fouten().isEmpty()) {
            throw fouten("ONGELDIG_BUDGET", "Ongeldig budget", invoer.fouten());
        }
        budgets.zet(wie, invoer);
    }

    private static Veldfouten fouten(String code, String titel, Map<String, String> fouten) {
        Map<String, String> meldingen = new LinkedHashMap<>(Map.of(
                "gemeente", "geen gemeente van u (CBS-code, 4 cijfers)",
                "wet", "jeugdwet of wmo",
                "jaar", "een jaar van 2000 tot en met 2100",
                "bedrag", "een bedrag in euro van 0 of meer, hoogstens twee decimalen, onder 10^12",
                "van", "een maand als jjjj-mm",
                "tot", "een maand als jjjj-mm, niet voor van, hoogstens " + Rapportfilter.MAXIMAAL_MAANDEN + " maanden"));
        return new Veldfouten(code, titel, fouten.entrySet().stream()
                .map(e -> Veldfouten.fout(e.getKey(), e.getValue(), meldingen.get(e.getKey()))).toList());
    }
}
