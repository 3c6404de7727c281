package nl.indiceer.web.beveiliging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: 32 random bytes, shown once to the user; the database keeps only their SHA-256,
 * so a copy of the database gives no working token. Name and password are checked by {@link Aanmeldcontrole},
 * throttled together with the login page (429 here when throttled).
 */
@Service
public class Tokens {

    /** Every token starts with this, so a leaked one is recognisable (e.g. by secret scanners). */
    public static final String VOORVOEGSEL = "ind_";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikerOpslag opslag;
    private final Aanmeldcontrole controle;

    public Tokens(GebruikerOpslag opslag, Aanmeldcontrole controle) {
        this.opslag = opslag;
        this.controle = controle;
    }

    /** A new token for the user when name and password are right, else empty; 429 when throttled. */
    public Optional<String> maak(String gebruikersnaam, String wachtwoord, String omschrijving) {
        Optional<Gebruiker> gebruiker;
        try {
            gebruiker = controle.controleer(gebruikersnaam, wachtwoord);
        } catch (Aanmeldcontrole.TeVeelPogingen e) {
            throw new Probleem(HttpStatus.TOO_MANY_REQUESTS, "TE_VEEL_POGINGEN", "Te veel pogingen",
                    "te veel mislukte aanmeldpogingen voor deze gebruiker; probeer het over " + e.minuten() + " minuten opnieuw");
        }
        return gebruiker.map(g -> maakVoor(g, omschrijving));
    }

    /** A new token for a user who is already logged in on the pages (the account page). */
    public String maakVoor(Gebruiker gebruiker, String omschrijving) {
        byte[] willekeurig = new byte[32];
        RANDOM.nextBytes(willekeurig);
        String token = VOORVOEGSEL + Base64.getUrlEncoder().withoutPadding().encodeToString(willekeurig);
        opslag.bewaarToken(gebruiker.id(), hash(token), omschrijving);
        return token;
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
