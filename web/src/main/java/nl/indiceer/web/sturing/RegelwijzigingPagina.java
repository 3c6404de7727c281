package nl.indiceer.web.sturing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.web.beveiliging.Huidige;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /sturing/regelwijziging}: the beleid role uploads a candidate rulebook version (one region's YAML file, at most
 * {@link Kandidaatregelingen#MAXIMALE_GROOTTE} bytes) and sees which running decisions would differ under it, old and
 * new side by side with both rekensommen, and the totals (small cells suppressed). Nothing is put in force. A file the
 * reader refuses is answered 422 with its problems at the field.
 */
@Controller
public class RegelwijzigingPagina {

    private final Regelwijziging regelwijziging;
    private final Huidige huidige;

    public RegelwijzigingPagina(Regelwijziging regelwijziging, Huidige huidige) {
        this.regelwijziging = regelwijziging;
        this.huidige = huidige;
    }

    @GetMapping("/sturing/regelwijziging")
    public String formulier(Model model) {
        Beleidsrol.vereist();
        model.addAttribute("problemen", List.of());
        return "sturing/regelwijziging";
    }

    @PostMapping("/sturing/regelwijziging")
    public String vergelijk(@RequestParam(name = "kandidaat", required = false) MultipartFile bestand, Model model,
                            HttpServletResponse antwoord) throws IOException {
        Beleidsrol.vereist();
        model.addAttribute("problemen", List.of());
        if (bestand == null || bestand.isEmpty()) {
            return fout(model, antwoord, List.of(), "leeg");
        }
        if (bestand.getSize() > Kandidaatregelingen.MAXIMALE_GROOTTE) {
            return fout(model, antwoord, List.of(), "te-groot");
        }
        try {
            model.addAttribute("uitkomst", regelwijziging.vergelijk(huidige.medewerker(), bestand.getBytes(),
                    LocalDate.now(SturingDienst.NEDERLAND)));
        } catch (OngeldigeRegelingException e) {
            return fout(model, antwoord, e.problemen(), "ongeldig");
        }
        return "sturing/regelwijziging";
    }

    private static String fout(Model model, HttpServletResponse antwoord, List<Probleem> problemen, String melding) {
        antwoord.setStatus(422);
        model.addAttribute("problemen", problemen);
        model.addAttribute("melding", melding);
        return "sturing/regelwijziging";
    }
}
