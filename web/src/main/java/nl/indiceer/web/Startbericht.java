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
        System.out.println("  API-beschrijving: " + url + "/swagger-ui/index.html (OpenAPI: " + url + "/v3/api-docs)");
        System.out.println("  Aanmelden: vraag een token aan met");
        System.out.println("    curl -s -X POST " + url + "/api/tokens -H 'Content-Type: application/json' \\");
        System.out.println("         -d '{\"gebruikersnaam\":\"beheerder\",\"wachtwoord\":\"...\"}'");
        System.out.println("  en stuur het mee als 'Authorization: Bearer <token>'. Het wachtwoord van 'beheerder' komt uit");
        System.out.println("  INDICEER_BEHEERDER_WACHTWOORD of staat hierboven bij de eerste start. Stoppen: Ctrl+C.");
        System.out.println();
        System.out.flush();
    }
}
