package nl.indiceer.web.termijn;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indiceer.beschikking.Tijdlijnbesluit;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.web.beschikking.BeschikkingDienst;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.fout.Probleem;
import nl.indiceer.web.fout.Veldfouten;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page for a provider's report of a third no-show on an allocation of a decision (Flevoland 002:1774-1780; the report
 * comes by e-mail): {@code GET/POST /beschikkingen/{id}/no-show} records the day it came, {@code POST
 * /beschikkingen/{id}/no-show/{melding}/besloten} that the municipality decided. The same checks and audit as the API
 * ({@link NoShowDienst}); a wrong field gets its Dutch message at the field (422) and what was typed stays.
 */
@Controller
public class NoShowPagina {

    /** What was typed (never null). */
    public record Formulier(String toewijzing, String gemeld) {
    }

    /** A granted allocation of the decision to choose from. */
    public record Keuze(String toewijzing, String product) {
    }

    private final NoShowDienst dienst;
    private final BeschikkingDienst beschikkingen;
    private final NoShowOpslag opslag;
    private final Huidige huidige;

    public NoShowPagina(NoShowDienst dienst, BeschikkingDienst beschikkingen, NoShowOpslag opslag, Huidige huidige) {
        this.dienst = dienst;
        this.beschikkingen = beschikkingen;
        this.opslag = opslag;
        this.huidige = huidige;
    }

    @GetMapping("/beschikkingen/{id}/no-show")
    public String toon(@PathVariable("id") long id, Model model) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenBeschikking b = beschikkingen.lees(wie, id);
        vul(model, wie, b, new Formulier("", ""), new Formulierfouten());
        return "termijn/no-show";
    }

    @PostMapping("/beschikkingen/{id}/no-show")
    public String meld(@PathVariable("id") long id,
                       @RequestParam(name = "toewijzing", required = false) String toewijzing,
                       @RequestParam(name = "gemeld", required = false) String gemeld,
                       Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenBeschikking b = dienst.beschikking(wie, id);
        Formulier formulier = new Formulier(toewijzing == null ? "" : toewijzing, gemeld == null ? "" : gemeld);
        try {
            dienst.meld(wie, b.id(), formulier.toewijzing(), formulier.gemeld(), LocalDate.now(TermijnPagina.NEDERLAND));
        } catch (Veldfouten e) {
            Formulierfouten fouten = new Formulierfouten();
            for (Map<String, String> f : e.fouten()) {
                fouten.voegToe(f.get("pad"), sleutel(f.get("pad"), f.get("code")));
            }
            vul(model, wie, b, formulier, fouten);
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "termijn/no-show";
        }
        doorgeven.addFlashAttribute("vastgelegd", true);
        return "redirect:/beschikkingen/" + id + "/no-show";
    }

    @PostMapping("/beschikkingen/{id}/no-show/{melding}/besloten")
    public String besloten(@PathVariable("id") long id, @PathVariable("melding") long melding,
                           @RequestParam(name = "besloten", required = false) String besloten,
                           Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenBeschikking b = dienst.beschikking(wie, id);
        if (open(wie, b).stream().noneMatch(m -> m.id() == melding)) {
            throw new Probleem(HttpStatus.NOT_FOUND, "MELDING_NIET_GEVONDEN", "Melding niet gevonden",
                    "er is geen open no-showmelding met dit id bij deze beschikking");
        }
        try {
            dienst.besloten(wie, melding, besloten);
        } catch (Veldfouten e) {
            Formulierfouten fouten = new Formulierfouten().voegToe("besloten-" + melding, "termijn.no-show.fout.besloten");
            vul(model, wie, b, new Formulier("", ""), fouten);
            model.addAttribute("besloten", Map.of(melding, besloten == null ? "" : besloten));
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "termijn/no-show";
        }
        doorgeven.addFlashAttribute("afgerond", true);
        return "redirect:/beschikkingen/" + id + "/no-show";
    }

    /** The Dutch message of a field error of {@link NoShowDienst}. */
    private static String sleutel(String veld, String code) {
        if (veld.equals("toewijzing")) {
            return "termijn.no-show.fout.toewijzing";
        }
        return code.equals("NA_VANDAAG") ? "termijn.no-show.fout.gemeld-na-vandaag" : "termijn.no-show.fout.gemeld";
    }

    private List<NoShowOpslag.Melding> open(Medewerker wie, OpgeslagenBeschikking b) {
        return opslag.open(wie.gemeenten()).stream().filter(m -> m.beschikkingId() == b.id()).toList();
    }

    private void vul(Model model, Medewerker wie, OpgeslagenBeschikking b, Formulier formulier, Formulierfouten fouten) {
        Tijdlijnbesluit tijdlijn = BeschikkingJson.tijdlijn(b.inhoud());
        model.addAttribute("beschikking", b);
        model.addAttribute("keuzes", tijdlijn.regels().stream().filter(Tijdlijnbesluit.Regel::toegekend)
                .map(r -> new Keuze(r.toewijzing(), r.product())).toList());
        model.addAttribute("meldingen", open(wie, b));
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("vandaag", LocalDate.now(TermijnPagina.NEDERLAND));
        if (!model.containsAttribute("besloten")) {
            model.addAttribute("besloten", Map.of());
        }
    }
}
