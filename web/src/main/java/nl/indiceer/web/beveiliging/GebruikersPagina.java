package nl.indiceer.web.beveiliging;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.fout.Formulierfouten;
import nl.indiceer.web.gemeente.Gemeente;
import nl.indiceer.web.gemeente.Gemeenteregister;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management for the beheerder ({@code /beheer/gebruikers}, see Beveiliging): the list of users, adding one with
 * a role and the municipalities they work for in one step (the rules of {@code POST /api/gebruikers}, see
 * {@link Gebruikersregels}), and deactivating or activating one. Deactivating ends the user's open sessions, stops
 * their tokens and their logins; nobody can deactivate themselves (the last beheerder would lock everyone out).
 * Every change is audited. The password typed is never sent back in the page, also not when the form has errors.
 */
@Controller
public class GebruikersPagina {

    /** The form as typed, without the password. */
    public record Formulier(String gebruikersnaam, String rol, Set<String> gemeenten) {
    }

    private final GebruikerOpslag opslag;
    private final Gemeenteregister register;
    private final PasswordEncoder encoder;
    private final Sessies sessies;
    private final Audit audit;

    public GebruikersPagina(GebruikerOpslag opslag, Gemeenteregister register, PasswordEncoder encoder, Sessies sessies,
                            Audit audit) {
        this.opslag = opslag;
        this.register = register;
        this.encoder = encoder;
        this.sessies = sessies;
        this.audit = audit;
    }

    @GetMapping("/beheer/gebruikers")
    public String toon(Authentication aangemeld, Model model) {
        vul(model, aangemeld, new Formulier("", "", Set.of()), new Formulierfouten());
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers")
    public String maak(Authentication aangemeld, @RequestParam(name = "gebruikersnaam", required = false) String gebruikersnaam,
                       @RequestParam(name = "wachtwoord", required = false) String wachtwoord,
                       @RequestParam(name = "rol", required = false) String rolnaam,
                       @RequestParam(name = "gemeenten", required = false) List<String> gemeenten,
                       Model model, HttpServletResponse antwoord, RedirectAttributes doorgeven) {
        String naam = gebruikersnaam == null ? "" : gebruikersnaam.strip();
        List<String> codes = gemeenten == null ? List.of() : gemeenten;
        Formulier formulier = new Formulier(naam, rolnaam == null ? "" : rolnaam, Set.copyOf(codes));
        Formulierfouten fouten = new Formulierfouten();
        if (!Gebruikersregels.naamGeldig(naam)) {
            fouten.voegToe("gebruikersnaam", "beheer.fout.gebruikersnaam");
        } else if (opslag.bestaat(naam)) {
            fouten.voegToe("gebruikersnaam", "beheer.fout.gebruikersnaam-bestaat");
        }
        if (!Gebruikersregels.wachtwoordGeldig(wachtwoord)) {
            fouten.voegToe("wachtwoord", "beheer.fout.wachtwoord");
        }
        Optional<Rol> rol = Gebruikersregels.rol(rolnaam);
        if (rol.isEmpty()) {
            fouten.voegToe("rol", "beheer.fout.rol");
        }
        // Only a forged form sends a code that is not a checkbox of the page.
        boolean codesGeldig = codes.size() <= Gebruikersregels.MAX_GEMEENTEN
                && codes.stream().allMatch(Gebruikersregels::gemeentecodeGeldig);
        Set<String> bekend = codesGeldig ? opslag.bekendeGemeenten(codes) : Set.of();
        if (!codesGeldig || !bekend.containsAll(codes)) {
            fouten.voegToe("gemeenten", "beheer.fout.gemeenten");
        }
        if (fouten.leeg()) {
            try {
                long id = opslag.voegToe(naam, encoder.encode(wachtwoord), rol.get(), bekend);
                audit.noteer("GEBRUIKER_AANGEMAAKT", "gebruiker", id, null);
                doorgeven.addFlashAttribute("aangemaakt", naam);
                return "redirect:/beheer/gebruikers";
            } catch (DuplicateKeyException e) {
                fouten.voegToe("gebruikersnaam", "beheer.fout.gebruikersnaam-bestaat");
            }
        }
        antwoord.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        vul(model, aangemeld, formulier, fouten);
        return "beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers/{id}/deactiveren")
    public String deactiveer(Authentication aangemeld, @PathVariable("id") long id, RedirectAttributes doorgeven) {
        Optional<String> naam = opslag.naamVan(id);
        if (naam.isEmpty() || naam.get().equals(aangemeld.getName())) {
            doorgeven.addFlashAttribute("nietGewijzigd", true);
            return "redirect:/beheer/gebruikers";
        }
        if (opslag.zetActief(id, false)) {
            audit.noteer("GEBRUIKER_GEDEACTIVEERD", "gebruiker", id, null);
        }
        // Also when it was inactive already: a session that survived somehow ends now.
        sessies.beeindigVan(naam.get());
        doorgeven.addFlashAttribute("gedeactiveerd", naam.get());
        return "redirect:/beheer/gebruikers";
    }

    @PostMapping("/beheer/gebruikers/{id}/activeren")
    public String activeer(@PathVariable("id") long id, RedirectAttributes doorgeven) {
        Optional<String> naam = opslag.naamVan(id);
        if (naam.isEmpty()) {
            doorgeven.addFlashAttribute("nietGewijzigd", true);
            return "redirect:/beheer/gebruikers";
        }
        if (opslag.zetActief(id, true)) {
            audit.noteer("GEBRUIKER_GEACTIVEERD", "gebruiker", id, null);
        }
        doorgeven.addFlashAttribute("geactiveerd", naam.get());
        return "redirect:/beheer/gebruikers";
    }

    private void vul(Model model, Authentication aangemeld, Formulier formulier, Formulierfouten fouten) {
        List<Gemeente> alle = register.alle();
        Map<String, String> namen = alle.stream().collect(Collectors.toMap(Gemeente::code, Gemeente::naam));
        List<Rij> rijen = new ArrayList<>();
        for (GebruikerOpslag.Overzicht o : opslag.overzicht()) {
            rijen.add(new Rij(o, o.gemeenten().stream().map(c -> namen.getOrDefault(c, c)).sorted().toList(),
                    o.gebruikersnaam().equals(aangemeld.getName())));
        }
        model.addAttribute("gebruikers", rijen);
        model.addAttribute("gemeenten", alle);
        model.addAttribute("rollen", Rol.values());
        model.addAttribute("formulier", formulier);
        model.addAttribute("fouten", fouten);
    }

    /** A row of the list: the user, their municipalities by name, and whether it is the beheerder looking. */
    public record Rij(GebruikerOpslag.Overzicht gebruiker, List<String> gemeentenamen, boolean ikZelf) {
    }
}
