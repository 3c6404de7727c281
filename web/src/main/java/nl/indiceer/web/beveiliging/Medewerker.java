package nl.indiceer.web.beveiliging;

import java.util.Set;

/**
 * Who is working and for which municipalities, however they logged in (bearer token or a page's session).
 * Services take this as a parameter, so the same service serves the API and the pages.
 *
 * @param gebruikersnaam the user name, or "-" for nobody
 * @param gemeenten      the CBS codes of the municipalities the user works for; empty: they see nothing
 */
public record Medewerker(String gebruikersnaam, Set<String> gemeenten) {

    public static final Medewerker NIEMAND = new Medewerker("-", Set.of());

    public Medewerker {
        gemeenten = Set.copyOf(gemeenten);
    }
}
