package nl.indiceer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/**
 * The page texts live in message bundles (messages.properties and one per capability under teksten/, as in Spring
 * PetClinic): every {@code #{key}} a template uses exists
 * there, every role has its Dutch name, and no key is left unused (a dead text misleads the next translator).
 */
class BerichtenTest {

    private static final Pattern SLEUTEL = Pattern.compile("#\\{([A-Za-z0-9_.-]+)|#messages\\.msg\\('([A-Za-z0-9_.-]+)'");
    private static final Pattern COMMENTAAR = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);
    private static final Path SJABLONEN = Path.of("src/main/resources/templates");

    @Test
    void elkeSleutelUitEenSjabloonBestaat() throws IOException {
        Properties teksten = teksten();
        Set<String> gebruikt = gebruikteSleutels();
        assertThat(gebruikt).isNotEmpty();
        Set<String> ontbrekend = new TreeSet<>(gebruikt);
        ontbrekend.removeAll(teksten.stringPropertyNames());
        assertThat(ontbrekend).as("keys used in templates but missing in messages.properties").isEmpty();
    }

    @Test
    void elkeRolHeeftEenNaam() throws IOException {
        Properties teksten = teksten();
        for (Rol rol : Rol.values()) {
            assertThat(teksten.getProperty("rol." + rol.name())).as("rol." + rol.name()).isNotBlank();
        }
    }

    @Test
    void geenOngebruikteTeksten() throws IOException {
        Set<String> gebruikt = gebruikteSleutels();
        Set<String> ongebruikt = new TreeSet<>(teksten().stringPropertyNames());
        ongebruikt.removeIf(s -> gebruikt.contains(s) || s.startsWith("rol.") || javaGebruikt(s));
        assertThat(ongebruikt).as("texts no template or class uses").isEmpty();
    }

    /** Every bundle of spring.messages.basename (messages plus one file per capability under teksten/); a key once only. */
    private static Properties teksten() throws IOException {
        Properties instellingen = new Properties();
        try (var in = BerichtenTest.class.getResourceAsStream("/application.properties")) {
            instellingen.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Properties alles = new Properties();
        for (String bundel : instellingen.getProperty("spring.messages.basename").split(",")) {
            Properties p = new Properties();
            try (var in = BerichtenTest.class.getResourceAsStream("/" + bundel.strip() + ".properties")) {
                assertThat(in).as(bundel).isNotNull();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String sleutel : p.stringPropertyNames()) {
                assertThat(alles.containsKey(sleutel)).as("key " + sleutel + " in two bundles").isFalse();
            }
            alles.putAll(p);
        }
        return alles;
    }

    private static Set<String> gebruikteSleutels() throws IOException {
        Set<String> sleutels = new TreeSet<>();
        try (Stream<Path> paden = Files.walk(SJABLONEN)) {
            for (Path p : paden.filter(f -> f.toString().endsWith(".html")).toList()) {
                Matcher m = SLEUTEL.matcher(COMMENTAAR.matcher(Files.readString(p)).replaceAll(""));
                while (m.find()) {
                    sleutels.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return sleutels;
    }

    /** A key may also be used from Java (e.g. a page controller's message): as a string literal in the main sources. */
    private static boolean javaGebruikt(String sleutel) {
        try (Stream<Path> paden = Files.walk(Path.of("src/main/java"))) {
            return paden.filter(f -> f.toString().endsWith(".java")).anyMatch(f -> {
                try {
                    return Files.readString(f).contains("\"" + sleutel + "\"");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
