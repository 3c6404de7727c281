package nl.indiceer.web;

import java.util.List;
import nl.indiceer.web.beveiliging.GebruikerOpslag;
import nl.indiceer.web.beveiliging.Rol;
import org.springframework.context.ApplicationContext;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Users for page tests, put straight into the database of a running application. */
public final class Gebruikers {

    private Gebruikers() {
    }

    /** A new user with a unique name from {@code voorvoegsel}; the password is {@link #wachtwoord(String)} of that name. */
    public static String nieuw(ApplicationContext app, String voorvoegsel, Rol rol, String... gemeenten) {
        String naam = voorvoegsel + "-" + Long.toString(System.nanoTime(), 36);
        app.getBean(GebruikerOpslag.class).voegToe(naam, app.getBean(PasswordEncoder.class).encode(wachtwoord(naam)), rol, List.of(gemeenten));
        return naam;
    }

    public static String wachtwoord(String naam) {
        return "wachtwoord-van-" + naam;
    }
}
