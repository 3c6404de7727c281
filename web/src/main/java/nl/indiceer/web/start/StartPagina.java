package nl.indiceer.web.start;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: what this user can do, by role. */
@Controller
public class StartPagina {

    @GetMapping("/")
    public String toon() {
        return "start";
    }
}
