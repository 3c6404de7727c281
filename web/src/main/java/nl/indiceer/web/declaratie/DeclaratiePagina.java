package nl.indiceer.web.declaratie;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import nl.indiceer.web.aanvraag.Aanvraagkeuzes;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /declaraties}: the received 323s with their outcome, a form to upload one (multipart, size-limited, errors at
 * the field), the pick-up from the installation's folder, and per declaration its report (per client, per line approved
 * or rejected with the rule and the reason) with the button that approves the 325, and once approved the link to that
 * 325 in the outbox with its status. Scoped and audited through the services.
 */
@Controller
public class DeclaratiePagina {

    /** Prestaties per page of the report. */
    static final int PER_PAGINA = 500;

    private final DeclaratieDienst dienst;
    private final DeclaratieInzage inzage;
    private final Declaratieantwoord antwoord;
    private final Declaratiemap map;
    private final Declaratiegrootte grootte;
    private final Huidige huidige;
    private final Aanvraagkeuzes keuzes;
    private final Antwoordberichtinuitbox antwoordbericht;

    public DeclaratiePagina(DeclaratieDienst dienst, DeclaratieInzage inzage, Declaratieantwoord antwoord, Declaratiemap map,
                            Declaratiegrootte grootte, Huidige huidige, Aanvraagkeuzes keuzes,
                            Antwoordberichtinuitbox antwoordbericht) {
        this.antwoordbericht = antwoordbericht;
        this.dienst = dienst;
        this.inzage = inzage;
        this.antwoord = antwoord;
        this.map = map;
        this.grootte = grootte;
        this.huidige = huidige;
        this.keuzes = keuzes;
    }

    @GetMapping("/declaraties")
    public String overzicht(Model model) {
        return overzicht(huidige.medewerker(), model, null, null, null);
    }

    private String overzicht(Medewerker wie, Model model, String gemeente, String fout, List<Declaratiemap.Uitkomst> opgehaald) {
        if (!model.containsAttribute("specificatieFout")) {
            model.addAttribute("specificatieFout", null);
        }
        model.addAttribute("declaraties", inzage.lijst(wie));
        model.addAttribute("gemeenten", keuzes.gemeentenamen(wie.gemeenten()));
        model.addAttribute("gekozen", gemeente == null ? "" : gemeente);
        model.addAttribute("fout", fout);
        model.addAttribute("maximum", grootte.megabytes());
        model.addAttribute("mapIngesteld", map.isIngesteld());
        model.addAttribute("opgehaald", opgehaald);
        return "declaratie/overzicht";
    }

    /**
     * An uploaded 323, with the provider's leveringsspecificatie beside it when given; a missing or too large file, an
     * unreadable specification (its line and column) or a wrong municipality is said at the field (422).
     */
    @PostMapping("/declaraties")
    public String ontvang(@RequestParam(name = "bestand", required = false) MultipartFile bestand,
                          @RequestParam(name = "specificatie", required = false) MultipartFile specificatie,
                          @RequestParam(name = "gemeente", required = false) String gemeente,
                          Model model, HttpServletResponse antwoordHttp) throws IOException {
        Medewerker wie = huidige.medewerker();
        String g = gemeente == null || gemeente.isBlank() ? null : gemeente;
        String fout = bestand == null || bestand.isEmpty() ? "leeg"
                : bestand.getSize() > grootte.maximum() ? "te-groot"
                : g != null && !wie.gemeenten().contains(g) ? "gemeente" : null;
        byte[] inhoud = null;
        if (fout == null) {
            try (InputStream in = bestand.getInputStream()) {
                inhoud = grootte.lees(in);
            } catch (Probleem p) {
                fout = "te-groot";
            }
        }
        byte[] spec = null;
        if (fout == null && specificatie != null && !specificatie.isEmpty()) {
            try (InputStream in = specificatie.getInputStream()) {
                spec = grootte.leesSpecificatie(in);
            } catch (Probleem p) {
                fout = "specificatie-te-groot";
            }
        }
        if (fout != null) {
            antwoordHttp.setStatus(422);
            return overzicht(wie, model, g, fout, null);
        }
        try {
            var o = dienst.ontvang(wie, g, inhoud, null, spec);
            return "redirect:/declaraties/" + o.declaratie().id();
        } catch (DeclaratieDienst.OngeldigeSpecificatie p) {
            antwoordHttp.setStatus(422);
            model.addAttribute("specificatieFout", p.getMessage());
            return overzicht(wie, model, g, "specificatie", null);
        } catch (Probleem p) {
            // more municipalities and a file that names none of them: the user chooses
            antwoordHttp.setStatus(422);
            return overzicht(wie, model, g, "gemeente", null);
        }
    }

    /**
     * An upload the servlet container refused before any controller saw it (over the multipart limit, {@link Uploadgrenzen}):
     * the form again with the same message at the file field as for the application's own limit (422).
     */
    String teGroot(Model model, HttpServletResponse antwoordHttp) {
        antwoordHttp.setStatus(422);
        return overzicht(huidige.medewerker(), model, null, "te-groot", null);
    }

    @PostMapping("/declaraties/ophalen")
    public String haalOp(Model model, HttpServletResponse antwoordHttp) {
        Medewerker wie = huidige.medewerker();
        if (!map.isIngesteld()) {
            antwoordHttp.setStatus(409);
            return overzicht(wie, model, null, "geen-map", null);
        }
        return overzicht(wie, model, null, null, map.haalOp(wie));
    }

    @GetMapping("/declaraties/{id}")
    public String rapport(@PathVariable("id") long id, @RequestParam(name = "vanaf", defaultValue = "0") int vanaf,
                          Model model) {
        Declaratie d = inzage.lees(huidige.medewerker(), id);
        int begin = Math.max(0, vanaf);
        List<Declaratieregel> regels = inzage.regels(d, begin, PER_PAGINA + 1);
        model.addAttribute("declaratie", d);
        model.addAttribute("antwoordbericht", antwoordbericht.van(d).orElse(null));
        model.addAttribute("regels", regels.size() > PER_PAGINA ? regels.subList(0, PER_PAGINA) : regels);
        model.addAttribute("vanaf", begin);
        model.addAttribute("vorige", begin > 0 ? Math.max(0, begin - PER_PAGINA) : null);
        model.addAttribute("volgende", regels.size() > PER_PAGINA ? begin + PER_PAGINA : null);
        return "declaratie/rapport";
    }

    @PostMapping("/declaraties/{id}/goedkeuring")
    public String keurGoed(@PathVariable("id") long id) {
        antwoord.keurGoed(huidige.medewerker(), id);
        return "redirect:/declaraties/" + id;
    }
}
