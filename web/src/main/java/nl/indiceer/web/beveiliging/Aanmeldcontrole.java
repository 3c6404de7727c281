package nl.indiceer.web.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Checks a user name and password, for the login page and for {@code POST /api/tokens} alike, so that both are
 * throttled by one count: after {@code indiceer.aanmelden.max-pogingen} (10) failed attempts for a user name within
 * {@code indiceer.aanmelden.venster} (15 minutes), further attempts are refused until the window has passed, also
 * with the right password. Attempts are counted in the database, so every instance sees them. A user name that does
 * not exist costs as much time as a wrong password (a bcrypt comparison against a hash of nothing).
 */
@Service
public class Aanmeldcontrole {

    /** Too many failed attempts for this user name: refused without looking at the password. */
    public static final class TeVeelPogingen extends RuntimeException {
        private final Duration venster;

        TeVeelPogingen(Duration venster) {
            super("te veel mislukte aanmeldpogingen");
            this.venster = venster;
        }

        public long minuten() {
            return venster.toMinutes();
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikerOpslag opslag;
    private final PasswordEncoder encoder;
    private final String nepHash;
    private final int maxPogingen;
    private final Duration venster;

    public Aanmeldcontrole(GebruikerOpslag opslag, PasswordEncoder encoder,
                           @Value("${indiceer.aanmelden.max-pogingen:10}") int maxPogingen,
                           @Value("${indiceer.aanmelden.venster:15m}") Duration venster) {
        this.opslag = opslag;
        this.encoder = encoder;
        this.maxPogingen = maxPogingen;
        this.venster = venster;
        this.nepHash = encoder.encode("geen-gebruiker-" + RANDOM.nextLong());
    }

    /** The active user when name and password are right; empty otherwise; {@link TeVeelPogingen} when throttled. */
    public Optional<Gebruiker> controleer(String gebruikersnaam, String wachtwoord) {
        // bcrypt looks at 72 bytes only: a longer password would be accepted on its first 72, so it is refused.
        if (gebruikersnaam == null || wachtwoord == null || wachtwoord.getBytes(StandardCharsets.UTF_8).length > 72) {
            return Optional.empty();
        }
        String naam = gebruikersnaam.length() > 200 ? gebruikersnaam.substring(0, 200) : gebruikersnaam;
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        if (opslag.misluktePogingenSinds(naam, nu.minus(venster)) >= maxPogingen) {
            throw new TeVeelPogingen(venster);
        }
        Optional<Gebruiker> gebruiker = opslag.metNaam(gebruikersnaam);
        boolean klopt = encoder.matches(wachtwoord, gebruiker.map(Gebruiker::wachtwoordHash).orElse(nepHash));
        if (!klopt || gebruiker.isEmpty() || !gebruiker.get().actief()) {
            opslag.wisPogingenVoor(nu.minus(venster));
            opslag.noteerMisluktePoging(naam, nu);
            return Optional.empty();
        }
        opslag.wisPogingen(naam);
        return gebruiker;
    }
}
