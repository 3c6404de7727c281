package nl.indiceer.web.beveiliging;

import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The user of the current request and the municipalities they work for, for both ways of logging in: an API call
 * with a bearer token (details {@link Tokenhouder}, looked up by the user's id) and a page with a form-login session
 * (principal a {@code UserDetails}; looked up by the authentication's name, the user name). Nobody logged in, or an
 * anonymous authentication: {@link Medewerker#NIEMAND}, who sees no municipality.
 */
@Component
public class Huidige {

    private final GebruikerOpslag gebruikers;

    public Huidige(GebruikerOpslag gebruikers) {
        this.gebruikers = gebruikers;
    }

    public Medewerker medewerker() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken || a.getName() == null) {
            return Medewerker.NIEMAND;
        }
        return new Medewerker(a.getName(), a.getDetails() instanceof Tokenhouder houder
                ? gebruikers.gemeentenVan(houder.gebruikerId())
                : gebruikers.gemeentenVanNaam(a.getName()));
    }

    /** The municipalities of the current user; empty when nobody is logged in. */
    public Set<String> gemeenten() {
        return medewerker().gemeenten();
    }
}
