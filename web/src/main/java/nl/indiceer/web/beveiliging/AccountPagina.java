package nl.indiceer.web.beveiliging;

import nl.indiceer.web.audit.Audit;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page: who am I, and my personal API tokens. A new token is shown once, right after it is made (as a
 * flash attribute, so a reload does not show it again and it never travels in a URL); after that only its
 * description and dates. Each user can revoke only their own tokens.
 */
@Controller
public class AccountPagina {

    static final int MAX_OMSCHRIJVING = 200;

    private final GebruikerOpslag gebruikers;
    private final Tokens tokens;
    private final Audit audit;

    public AccountPagina(GebruikerOpslag gebruikers, Tokens tokens, Audit audit) {
        this.gebruikers = gebruikers;
        this.tokens = tokens;
        this.audit = audit;
    }

    @GetMapping("/account")
    public String toon(Authentication aangemeld, Model model) {
        Gebruiker ik = gebruikers.metNaam(aangemeld.getName()).orElseThrow();
        model.addAttribute("gebruiker", ik);
        model.addAttribute("gemeenten", gebruikers.gemeentenVan(ik.id()));
        model.addAttribute("tokens", gebruikers.tokensVan(ik.id()));
        return "account";
    }

    @PostMapping("/account/tokens")
    public String maakToken(Authentication aangemeld, @RequestParam(name = "omschrijving", required = false) String omschrijving,
                            RedirectAttributes doorgeven) {
        Gebruiker ik = gebruikers.metNaam(aangemeld.getName()).orElseThrow();
        String o = omschrijving == null ? "" : omschrijving.strip();
        if (o.isEmpty() || o.length() > MAX_OMSCHRIJVING || o.chars().anyMatch(Character::isISOControl)) {
            doorgeven.addFlashAttribute("omschrijvingFout", true);
            doorgeven.addFlashAttribute("omschrijving", o.length() > MAX_OMSCHRIJVING ? o.substring(0, MAX_OMSCHRIJVING) : o);
            return "redirect:/account";
        }
        doorgeven.addFlashAttribute("nieuwToken", tokens.maakVoor(ik, o));
        audit.noteer("TOKEN_AANGEMAAKT", "gebruiker", ik.id(), null);
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{id}/intrekken")
    public String trekIn(Authentication aangemeld, @PathVariable("id") long id, RedirectAttributes doorgeven) {
        Gebruiker ik = gebruikers.metNaam(aangemeld.getName()).orElseThrow();
        boolean gelukt = gebruikers.trekTokenInVan(id, ik.id());
        if (gelukt) {
            audit.noteer("TOKEN_INGETROKKEN", "gebruiker", ik.id(), null);
        }
        doorgeven.addFlashAttribute(gelukt ? "ingetrokken" : "nietIngetrokken", true);
        return "redirect:/account";
    }
}
