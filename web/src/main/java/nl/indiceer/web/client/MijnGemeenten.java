package nl.indiceer.web.client;

import java.util.Set;
import nl.indiceer.web.beveiliging.Gebruiker;
import nl.indiceer.web.beveiliging.GebruikerOpslag;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The municipalities of the user logged in on the pages. A page's session knows the user name, not the id (the API's
 * token does, see {@link ClientController}); a deactivated user works for no municipality, also in a session that
 * is somehow still open.
 */
@Component
class MijnGemeenten {

    private final GebruikerOpslag gebruikers;

    MijnGemeenten(GebruikerOpslag gebruikers) {
        this.gebruikers = gebruikers;
    }

    Set<String> van(Authentication aangemeld) {
        return gebruikers.metNaam(aangemeld.getName()).filter(Gebruiker::actief)
                .map(g -> gebruikers.gemeentenVan(g.id())).orElse(Set.of());
    }
}
