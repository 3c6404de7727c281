package nl.indiceer.web.beveiliging;

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
                       @RequestParam(name = "afgemeld", required = false) String afgemeld, Model model) {
        // Only whether these markers are present, never their values, reaches the page.
        model.addAttribute("fout", fout != null);
        model.addAttribute("teveel", teveel != null);
        model.addAttribute("afgemeld", afgemeld != null);
        if (aangemeld != null && aangemeld.isAuthenticated() && !(aangemeld instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        return "aanmelden";
    }
}
