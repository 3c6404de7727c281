package nl.indiceer.web.beveiliging;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page; its POST is handled by Spring Security (see {@link Beveiliging#paginas}). */
@Controller
public class AanmeldPagina {

    @GetMapping("/aanmelden")
    public String toon(Authentication aangemeld, @RequestParam(name = "fout", required = false) String fout,
                       @RequestParam(name = "teveel", required = false) String teveel,
                       @RequestParam(name = "afgemeld", required = false) String afgemeld, HttpSession sessie,
                       Model model) {
        // Only whether these markers are present, never their values, reaches the page.
        model.addAttribute("fout", fout != null);
        model.addAttribute("teveel", teveel != null);
        model.addAttribute("afgemeld", afgemeld != null);
        model.addAttribute("gebruikersnaam", (fout != null || teveel != null) ? laatsteNaam(sessie) : "");
        if (aangemeld != null && aangemeld.isAuthenticated() && !(aangemeld instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "aanmelden";
    }

    private static final String LAATSTE_NAAM = "indiceer.aanmelden.laatste-naam";
    /** As the form's maxlength: anything longer was not typed into this page. */
    private static final int MAX_NAAM = 100;

    /** After a failed login: the name that was typed, so that only the password has to be typed again. */
    static void onthoudNaam(HttpSession sessie, String naam) {
        if (naam != null && naam.length() <= MAX_NAAM) {
            sessie.setAttribute(LAATSTE_NAAM, naam);
        }
    }

    /** The name typed at the last failed login, once (then forgotten); empty when there is none. */
    private static String laatsteNaam(HttpSession sessie) {
        Object naam = sessie.getAttribute(LAATSTE_NAAM);
        sessie.removeAttribute(LAATSTE_NAAM);
        return naam instanceof String n ? n : "";
    }
}
