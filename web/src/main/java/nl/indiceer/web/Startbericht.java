package nl.indiceer.web;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the application where it answers and how to get in. */
@Component
public class Startbericht {

    private final Environment omgeving;

    public Startbericht(Environment omgeving) {
        this.omgeving = omgeving;
    }

    @EventListener
    public void klaar(ApplicationReadyEvent event) {
        String poort = omgeving.getProperty("local.server.port", omgeving.getProperty("server.port", "8080"));
        String url = "http://localhost:" + poort;
        System.out.println();
        System.out.println("Indiceer draait op " + url + "/");
        System.out.println("  Aanmelden: open " + url + "/aanmelden in de browser, als 'beheerder' met het wachtwoord uit");
        System.out.println("  INDICEER_BEHEERDER_WACHTWOORD of het wachtwoord dat bij de eerste start hierboven staat.");
        System.out.println("  Een consulent maakt u op " + url + "/beheer/gebruikers (of met POST /api/gebruikers).");
        System.out.println("  API: " + url + "/swagger-ui/index.html (OpenAPI: " + url + "/v3/api-docs); een token krijgt u op");
        System.out.println("  " + url + "/account of met POST /api/tokens. Stoppen: Ctrl+C.");
        System.out.println();
        System.out.flush();
    }
}
