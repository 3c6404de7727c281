package nl.indiceer.web.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.indiceer.web.fout.Probleem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 32 random bytes, shown once to the user; the database keeps only their SHA-256,
 * so a copy of the database gives no working token. Throttled: after {@code indiceer.aanmelden.max-pogingen}
 * (10) failed attempts for a user name within {@code indiceer.aanmelden.venster} (15 minutes), further attempts
 * get 429 until the window has passed, also with the right password. Attempts are counted in the database, so
 * every instance sees them.
 */
@Service
public class Tokens {

    /** Every token starts with this, so a leaked one is recognisable (e.g. by secret scanners). */
    public static final String VOORVOEGSEL = "ind_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikerOpslag opslag;
    private final PasswordEncoder encoder;
    /** Compared against when the user does not exist, so that a wrong name takes as long as a wrong password. */
    private final String nepHash;

    private final int maxPogingen;
    private final Duration venster;

    public Tokens(GebruikerOpslag opslag, PasswordEncoder encoder,
                  @Value("${indiceer.aanmelden.max-pogingen:10}") int maxPogingen,
                  @Value("${indiceer.aanmelden.venster:15m}") Duration venster) {
        this.opslag = opslag;
        this.encoder = encoder;
        this.maxPogingen = maxPogingen;
        this.venster = venster;
        this.nepHash = encoder.encode("geen-gebruiker-" + RANDOM.nextLong());
    }

    /** A new token for the user when name and password are right, else empty. */
    public Optional<String> maak(String gebruikersnaam, String wachtwoord, String omschrijving) {
        if (gebruikersnaam == null || wachtwoord == null || wachtwoord.getBytes(StandardCharsets.UTF_8).length > 72) {
            return Optional.empty();
        }
        String naam = gebruikersnaam.length() > 200 ? gebruikersnaam.substring(0, 200) : gebruikersnaam;
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC);
        if (opslag.misluktePogingenSinds(naam, nu.minus(venster)) >= maxPogingen) {
            throw new Probleem(HttpStatus.TOO_MANY_REQUESTS, "TE_VEEL_POGINGEN", "Te veel pogingen",
                    "te veel mislukte aanmeldpogingen voor deze gebruiker; probeer het over "
                            + venster.toMinutes() + " minuten opnieuw");
        }
        Optional<Gebruiker> gebruiker = opslag.metNaam(gebruikersnaam);
        boolean klopt = encoder.matches(wachtwoord, gebruiker.map(Gebruiker::wachtwoordHash).orElse(nepHash));
        if (!klopt || gebruiker.isEmpty() || !gebruiker.get().actief()) {
            opslag.wisPogingenVoor(nu.minus(venster));
            opslag.noteerMisluktePoging(naam, nu);
            return Optional.empty();
        }
        opslag.wisPogingen(naam);
        byte[] willekeurig = new byte[32];
        RANDOM.nextBytes(willekeurig);
        String token = VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
        opslag.bewaarToken(gebruiker.get().id(), hash(token), omschrijving);
        return Optional.of(token);
    }

    public Optional<Gebruiker> gebruikerVan(String token) {
        return opslag.metTokenHash(hash(token));
    }

    public static String hash(String token) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 ontbreekt in deze Java", e);
        }
    }
}
