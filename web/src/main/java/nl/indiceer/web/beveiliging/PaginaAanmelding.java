package nl.indiceer.web.beveiliging;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Login on the pages: name and password checked by {@link Aanmeldcontrole}, so the login page and
 * {@code POST /api/tokens} share one throttle. The only authentication provider; being a bean it also keeps Spring
 * Boot from creating its in-memory user with a generated password (the only first password is the beheerder's).
 * The principal is a {@link User} without password (it lives in the session table).
 */
@Component
public class PaginaAanmelding implements AuthenticationProvider {

    private final Aanmeldcontrole controle;

    public PaginaAanmelding(Aanmeldcontrole controle) {
        this.controle = controle;
    }

    @Override
    public Authentication authenticate(Authentication poging) {
        String naam = poging.getName();
        String wachtwoord = poging.getCredentials() == null ? null : poging.getCredentials().toString();
        Optional<Gebruiker> gebruiker;
        try {
            gebruiker = controle.controleer(naam, wachtwoord);
        } catch (Aanmeldcontrole.TeVeelPogingen e) {
            // An AccountStatusException: Spring Security stops at once and does not ask another provider.
            throw new LockedException("te veel mislukte pogingen; probeer het over " + e.minuten() + " minuten opnieuw");
        }
        Gebruiker g = gebruiker.orElseThrow(() -> new BadCredentialsException("gebruikersnaam of wachtwoord onjuist"));
        User principal = (User) User.withUsername(g.gebruikersnaam()).password("").roles(g.rol().name()).build();
        principal.eraseCredentials();
        var aangemeld = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        aangemeld.setDetails(poging.getDetails());
        return aangemeld;
    }

    @Override
    public boolean supports(Class<?> soort) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(soort);
    }
}
