package nl.indiceer.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Base of the tests in a real browser. A subclass carries {@code @PaginaTest} (the application on a random port);
 * this class gives each test a fresh session (its own browser context) of the shared {@link Chromium} in
 * {@link #venster}; a test that needs
 * a second person opens one with {@link #nieuwVenster()}. At the end of each test every window must be free of
 * console and JavaScript errors.
 */
public abstract class BrowserTest {

    @LocalServerPort
    protected int poort;

    @Autowired
    protected ApplicationContext app;

    /** This test's first browser session. */
    protected Venster venster;

    private final List<Venster> vensters = new ArrayList<>();

    /** Here, not in the first test, so that without Chromium the whole class fails with the reason. */
    @BeforeAll
    static void chromium() {
        Chromium.gedeeld();
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @BeforeEach
    void eersteVenster() {
        venster = nieuwVenster();
    }

    /** Another browser session with its own cookies: another person, or the same person in a second browser. */
    protected Venster nieuwVenster() {
        Venster nieuw = new Venster(Chromium.gedeeld().browser(), "http://localhost:" + poort);
        vensters.add(nieuw);
        return nieuw;
    }

    @AfterEach
    void zonderFoutenInDeBrowser() {
        try {
            List<String> fouten = vensters.stream().flatMap(v -> v.onverwachteFouten().stream()).toList();
            assertThat(fouten).as("fouten in de browser (CSP, JavaScript, mislukte verzoeken):%n%s", String.join("\n", fouten)).isEmpty();
            assertThat(vensters.stream().flatMap(v -> v.uitgeblevenFouten().stream()).toList())
                    .as("aangekondigde fouten die de browser niet meldde").isEmpty();
        } finally {
            vensters.forEach(Venster::close);
            vensters.clear();
        }
    }
}
