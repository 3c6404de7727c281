package nl.indiceer.web.beschikking;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Tijdlijnbesluit;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.aanvraag.Uitkomstweergave;
import nl.indiceer.web.beveiliging.Huidige;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A decision's pages. Reading: consulent, backoffice, auditor and beleid (Beveiliging: GET /beschikkingen/**);
 * changing: consulent and backoffice.
 * <ul>
 * <li>{@code GET /beschikkingen/{id}}: everything recorded, the letter's download link, and for a decider the actions
 *     for a change (only on the latest decision of its line, while one of its granted allocations still exists).</li>
 * <li>{@code GET /beschikkingen/{id}/brief}: the letter as sent (application/pdf, attachment), audited like the API's.</li>
 * <li>{@code POST /beschikkingen/{id}/wijzigen} with {@code soort}: a new draft request made from the decided one
 *     ({@link Wijzigingsaanvraag}); the consultant completes it, hands it over, and decides it on the Besluiten page,
 *     which then offers this soort and this decision as the one it changes.</li>
 * <li>{@code GET /aanvragen/{id}/beschikking}: to the decision of a decided request (the request page links here).</li>
 * </ul>
 * Another municipality's decision is the same 404 page as one that does not exist.
 */
@Controller
public class BeschikkingPagina {

    private final BeschikkingDienst dienst;
    private final BeschikkingOpslag opslag;
    private final AanvraagDienst aanvragen;
    private final Huidige huidige;

    public BeschikkingPagina(BeschikkingDienst dienst, BeschikkingOpslag opslag, AanvraagDienst aanvragen, Huidige huidige) {
        this.dienst = dienst;
        this.opslag = opslag;
        this.aanvragen = aanvragen;
        this.huidige = huidige;
    }

    @GetMapping("/beschikkingen/{id}")
    public String toon(@PathVariable("id") long id, Authentication aangemeld, Model model) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenBeschikking b = dienst.lees(wie, id);
        Map<String, Object> inhoud = Uitkomstweergave.alsMap(b.inhoud());
        Long opvolger = opslag.opvolger(b.id()).orElse(null);
        boolean magBesluiten = aangemeld.getAuthorities().stream().anyMatch(a -> Set.of("ROLE_" + Rol.CONSULENT.name(),
                "ROLE_" + Rol.BACKOFFICE.name()).contains(a.getAuthority()));
        model.addAttribute("beschikking", b);
        model.addAttribute("inhoud", inhoud);
        model.addAttribute("opvolger", opvolger == null ? null : opslag.metId(opvolger, wie.gemeenten()).orElse(null));
        model.addAttribute("vorige", b.vorigeId() == null ? null : opslag.metId(b.vorigeId(), wie.gemeenten()).orElse(null));
        model.addAttribute("magBesluiten", magBesluiten);
        model.addAttribute("wijzigbaar", magBesluiten && opvolger == null && nogTeWijzigen(wie, b));
        model.addAttribute("wijzigingen", List.of(Beschikkingsoort.WIJZIGING, Beschikkingsoort.VERLENGING,
                Beschikkingsoort.BEEINDIGING, Beschikkingsoort.INTREKKING));
        return "beschikking/beschikking";
    }

    /** Whether one of the decision's granted allocations still exists (not withdrawn, not ended before it began). */
    private boolean nogTeWijzigen(Medewerker wie, OpgeslagenBeschikking b) {
        List<String> ids = BeschikkingDienst.tijdlijn(opslag.vanClient(b.clientId(), wie.gemeenten())).ids();
        return BeschikkingJson.tijdlijn(b.inhoud()).regels().stream()
                .anyMatch(r -> r.toegekend() && ids.contains(r.toewijzing()));
    }

    @GetMapping("/beschikkingen/{id}/brief")
    public ResponseEntity<byte[]> brief(@PathVariable("id") long id) {
        return BeschikkingController.pdf(dienst.brief(huidige.medewerker(), id));
    }

    @PostMapping("/beschikkingen/{id}/wijzigen")
    public String wijzigen(@PathVariable("id") long id, @RequestParam(name = "soort", required = false) String soortnaam,
                           HttpSession sessie, RedirectAttributes doorgeven) {
        Medewerker wie = huidige.medewerker();
        OpgeslagenBeschikking b = dienst.lees(wie, id);
        Beschikkingsoort soort = Beschikkingsoort.EERSTE;
        for (Beschikkingsoort s : Beschikkingsoort.values()) {
            if (s.name().equals(soortnaam)) {
                soort = s;
            }
        }
        if (!soort.verwijstNaarVorige()) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "ONBEKENDE_SOORT", "Onbekende soort", "kies een soort wijziging");
        }
        if (opslag.opvolger(b.id()).isPresent()) {
            throw new Probleem(HttpStatus.CONFLICT, "BESCHIKKING_AL_GEWIJZIGD", "Beschikking al gewijzigd",
                    "deze beschikking is al gewijzigd; wijzig de laatste beschikking");
        }
        OpgeslagenAanvraag oud = aanvragen.lees(wie, b.aanvraagId());
        Tijdlijnbesluit vorige = BeschikkingJson.tijdlijn(b.inhoud());
        String invoer = Wijzigingsaanvraag.maak(oud.invoer(), vorige, soort,
                BeschikkingDienst.tijdlijn(opslag.vanClient(b.clientId(), wie.gemeenten())), BeschikkingDienst.vandaag());
        if (invoer == null) {
            throw new Probleem(HttpStatus.CONFLICT, "NIETS_TE_WIJZIGEN", "Niets te wijzigen",
                    "deze beschikking heeft geen toewijzing meer die gewijzigd kan worden");
        }
        OpgeslagenAanvraag nieuw = aanvragen.maak(wie, b.clientId(), invoer, Aanvraagstatus.CONCEPT);
        sessie.setAttribute(BesluitPagina.VOORNEMEN + nieuw.id(), soort.name() + ":" + b.id());
        doorgeven.addFlashAttribute("opgeslagen", true);
        return "redirect:/aanvragen/" + nieuw.id();
    }

    @GetMapping("/aanvragen/{id}/beschikking")
    public String vanAanvraag(@PathVariable("id") long id) {
        Medewerker wie = huidige.medewerker();
        return opslag.vanAanvraag(id, wie.gemeenten()).map(b -> "redirect:/beschikkingen/" + b)
                .orElseThrow(BeschikkingDienst::nietGevonden);
    }
}
