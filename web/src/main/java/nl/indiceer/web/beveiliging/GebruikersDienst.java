package nl.indiceer.web.beveiliging;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * The users of the database for Spring Security. Being a bean, it also keeps Spring Boot from creating its
 * in-memory user with a generated password: the only first password is the beheerder's.
 */
@Service
public class GebruikersDienst implements UserDetailsService {

    private final GebruikerOpslag opslag;

    public GebruikersDienst(GebruikerOpslag opslag) {
        this.opslag = opslag;
    }

    @Override
    public UserDetails loadUserByUsername(String gebruikersnaam) {
        Gebruiker g = opslag.metNaam(gebruikersnaam).orElseThrow(() -> new UsernameNotFoundException("onbekende gebruiker"));
        return User.withUsername(g.gebruikersnaam()).password(g.wachtwoordHash()).roles(g.rol().name())
                .disabled(!g.actief()).build();
    }
}
