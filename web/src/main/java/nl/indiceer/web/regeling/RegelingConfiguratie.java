package nl.indiceer.web.regeling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import nl.indiceer.normenkader.Normenkader;
import nl.indiceer.normenkader.Normenkaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the normenkaders once, at start, and logs every version by start date and short SHA-256 (the rulebooks: see
 * {@link RegelingenInWerking}, which can take a version put in force while running). A folder with an invalid file
 * stops the start: better no application than a wrong sum.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Instellingen.class)
public class RegelingConfiguratie {

    private static final Logger LOG = LoggerFactory.getLogger(RegelingConfiguratie.class);

    @Bean
    Normenkaders normenkaders(Instellingen instellingen) {
        // loaded from the folder as configured, like the command line does: a result names its file relative to it
        Path map = instellingen.normenkadersMap();
        Normenkaders kaders = Normenkaders.laad(map);
        for (String id : kaders.ids()) {
            for (Normenkader k : kaders.versies(id)) {
                LOG.info("Normenkader geladen: {} geldig vanaf {}{}{}", k.id(), k.geldigheid().vanaf(),
                        k.geldigheid().tot() == null ? "" : " t/m " + k.geldigheid().tot(), korteHash(map, k));
            }
        }
        return kaders;
    }

    /** " sha256:<12 hex>" of the normenkader's file when it can be found, else empty. */
    private static String korteHash(Path map, Normenkader k) {
        String bestand = k.identiteit().bestand();
        for (Path p : new Path[] {Path.of(bestand), map.resolve(bestand), map.resolveSibling(bestand)}) {
            if (Files.isRegularFile(p)) {
                try {
                    byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
                    return " sha256:" + HexFormat.of().formatHex(hash).substring(0, 12);
                } catch (IOException | NoSuchAlgorithmException e) {
                    return "";
                }
            }
        }
        return "";
    }
}
