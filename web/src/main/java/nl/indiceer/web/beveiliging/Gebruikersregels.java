package nl.indiceer.web.beveiliging;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for a new user, in one place for {@code POST /api/gebruikers} and the user page. Only the rules: each
 * channel words its own errors (the API in its problem+json, the page in the message bundle).
 */
public final class Gebruikersregels {

    /** 3 to 100 characters: lower-case letters, digits, dot, hyphen, underscore; not starting with a sign. */
    public static final Pattern NAAM = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    public static final int MIN_WACHTWOORD_TEKENS = 12;
    /** bcrypt looks at the first 72 bytes only: a longer password would also be accepted on those 72 alone. */
    public static final int MAX_WACHTWOORD_BYTES = 72;
    public static final Pattern GEMEENTECODE = Pattern.compile("[0-9]{4}");
    public static final int MAX_GEMEENTEN = 500;

    private Gebruikersregels() {
    }

    public static boolean naamGeldig(String gebruikersnaam) {
        return gebruikersnaam != null && NAAM.matcher(gebruikersnaam).matches();
    }

    public static boolean wachtwoordGeldig(String wachtwoord) {
        return wachtwoord != null && wachtwoord.length() >= MIN_WACHTWOORD_TEKENS
                && wachtwoord.getBytes(StandardCharsets.UTF_8).length <= MAX_WACHTWOORD_BYTES;
    }

    /** The role by its name, in any case ("consulent", "CONSULENT"); empty when there is no such role. */
    public static Optional<Rol> rol(String naam) {
        if (naam == null) {
            return Optional.empty();
        }
        for (Rol r : Rol.values()) {
            if (r.name().equalsIgnoreCase(naam.trim())) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static boolean gemeentecodeGeldig(String code) {
        return code != null && GEMEENTECODE.matcher(code).matches();
    }
}
