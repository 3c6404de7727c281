package nl.indiceer.web.client;

import jakarta.servlet.http.HttpServletResponse;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Changing a client's postal address ({@code GET/POST /clienten/{id}/adres}): clients move, and a decision letter
 * goes to where they live now. Scoped and audited like the client page; a colleague's change in between (the
 * client's {@code versie}) is a conflict that keeps what was typed, never a silent overwrite. Emptying all three
 * fields removes the address.
 */
@Controller
public class AdresPagina {

    /** The fields as typed (never null); {@code toString} leaves the address out. */
    public record Formulier(String straat, String postcode, String woonplaats) {
        @Override
        public String toString() {
            return "Formulier[adres]";
        }
    }

    private final ClientOpslag clienten;
    private final MijnGemeenten mijnGemeenten;
    private final Audit audit;

    public AdresPagina(ClientOpslag clienten, MijnGemeenten mijnGemeenten, Audit audit) {
        this.clienten = clienten;
        this.mijnGemeenten = mijnGemeenten;
        this.audit = audit;
    }

    @GetMapping("/clienten/{id}/adres")
    public String toon(Authentication aangemeld, @PathVariable("id") long id, Model model) {
        Client c = client(aangemeld, id);
        Adres a = c.adres();
        vul(model, c, a == null ? new Formulier("", "", "") : new Formulier(a.straat(), a.postcode(), a.woonplaats()),
                new Formulierfouten());
        return "client/adres";
    }

    @PostMapping("/clienten/{id}/adres")
    public String wijzig(Authentication aangemeld, @PathVariable("id") long id,
                         @RequestParam(name = "straat", required = false) String straat,
                         @RequestParam(name = "postcode", required = false) String postcode,
                         @RequestParam(name = "woonplaats", required = false) String woonplaats,
                         @RequestParam(name = "versie", required = false) Integer versie,
                         Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        Client c = client(aangemeld, id);
        Formulier formulier = new Formulier(tekst(straat), tekst(postcode), tekst(woonplaats));
        Formulierfouten fouten = new Formulierfouten();
        Adres adres = Adresformulier.lees(formulier.straat(), formulier.postcode(), formulier.woonplaats(), fouten);
        if (!fouten.leeg()) {
            vul(model, c, formulier, fouten);
            model.addAttribute("versie", versie == null ? c.versie() : versie);
            antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "client/adres";
        }
        if (versie == null || !clienten.wijzigAdres(id, mijnGemeenten.van(aangemeld), adres, versie)) {
            // changed by someone else since the form was read: show the newest version number, keep the input
            vul(model, c, formulier, fouten);
            model.addAttribute("gewijzigd", true);
            antwoord.setStatus(HttpStatus.CONFLICT.value());
            return "client/adres";
        }
        audit.noteer("CLIENT_GEWIJZIGD", "client", id, null);
        doorgeven.addFlashAttribute("adresGewijzigd", true);
        return "redirect:/clienten/" + id;
    }

    private Client client(Authentication aangemeld, long id) {
        var client = clienten.metId(id, mijnGemeenten.van(aangemeld));
        audit.noteer(client.isPresent() ? "CLIENT_GELEZEN" : "CLIENT_NIET_GEVONDEN", "client", id, null);
        return client.orElseThrow(() -> new Probleem(HttpStatus.NOT_FOUND, "CLIENT_NIET_GEVONDEN",
                "Cliënt niet gevonden", "er is geen cliënt met dit nummer in uw gemeenten"));
    }

    private static void vul(Model model, Client c, Formulier formulier, Formulierfouten fouten) {
        model.addAttribute("clientId", c.id());
        model.addAttribute("versie", c.versie());
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
        model.addAttribute("gewijzigd", false);
    }

    private static String tekst(String waarde) {
        return waarde == null ? "" : waarde;
    }
}
