package nl.indiceer.web.beveiliging;

import java.io.PrintStream;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first administrator, {@code beheerder}, created at the first start and never again. Never a default
 * password: the one in {@code INDICEER_BEHEERDER_WACHTWOORD} when set (at least 12 characters), else a
 * generated one, printed once to the console (not to the log) and stored only as a bcrypt hash.
 */
@Component
public class BeheerderInrichting implements ApplicationRunner {

    public static final String BEHEERDER = "beheerder";
    static final int MINIMALE_LENGTE = 12;

    private static final Logger LOG = LoggerFactory.getLogger(BeheerderInrichting.class);
    private static final String TEKENS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final GebruikerOpslag opslag;
    private final PasswordEncoder encoder;
    private final String wachtwoordUitOmgeving;
    private final PrintStream console;

    @Autowired
    public BeheerderInrichting(GebruikerOpslag opslag, PasswordEncoder encoder,
                               @Value("${INDICEER_BEHEERDER_WACHTWOORD:}") String wachtwoordUitOmgeving) {
        this(opslag, encoder, wachtwoordUitOmgeving, System.out);
    }

    BeheerderInrichting(GebruikerOpslag opslag, PasswordEncoder encoder, String wachtwoordUitOmgeving, PrintStream console) {
        this.opslag = opslag;
        this.encoder = encoder;
        this.wachtwoordUitOmgeving = wachtwoordUitOmgeving == null ? "" : wachtwoordUitOmgeving;
        this.console = console;
    }

    @Override
    public void run(ApplicationArguments args) {
        richtIn();
    }

    /** Creates {@code beheerder} when it does not exist yet; true when it did so now. */
    public boolean richtIn() {
        if (opslag.bestaat(BEHEERDER)) {
            return false;
        }
        boolean uitOmgeving = !wachtwoordUitOmgeving.isEmpty();
        if (uitOmgeving && wachtwoordUitOmgeving.length() < MINIMALE_LENGTE) {
            throw new IllegalStateException("INDICEER_BEHEERDER_WACHTWOORD is korter dan " + MINIMALE_LENGTE
                    + " tekens; kies een langer wachtwoord");
        }
        if (uitOmgeving && wachtwoordUitOmgeving.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 72) {
            throw new IllegalStateException("INDICEER_BEHEERDER_WACHTWOORD is langer dan 72 bytes, de grens van bcrypt");
        }
        String wachtwoord = uitOmgeving ? wachtwoordUitOmgeving : gegenereerd();
        try {
            opslag.voegToe(BEHEERDER, encoder.encode(wachtwoord), Rol.BEHEERDER);
        } catch (DuplicateKeyException e) {
            return false; // another instance on the same database was first
        }
        if (uitOmgeving) {
            LOG.info("Beheerder '{}' aangemaakt met het wachtwoord uit INDICEER_BEHEERDER_WACHTWOORD", BEHEERDER);
        } else {
            console.println();
            console.println("==================================================================");
            console.println(" Eerste start: beheerder aangemaakt. Dit wachtwoord ziet u maar EEN keer:");
            console.println("   gebruikersnaam: " + BEHEERDER);
            console.println("   wachtwoord:     " + wachtwoord);
            console.println(" Bewaar het veilig (bijvoorbeeld in een wachtwoordkluis).");
            console.println("==================================================================");
            console.println();
            console.flush();
        }
        return true;
    }

    private static String gegenereerd() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(TEKENS.charAt(RANDOM.nextInt(TEKENS.length())));
        }
        return s.toString();
    }
}
