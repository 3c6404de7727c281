package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/** The Dutch error pages in Chromium: readable, accessible, and a way back. */
@PaginaTest
class FoutpaginaInDeBrowserTest extends BrowserTest {

    @Test
    void nietGevondenEnGeenToegang() {
        String naam = Gebruikers.nieuw(app, "auditor", Rol.AUDITOR);
        Page pagina = venster.meldAan(naam).pagina();
        // Chromium logs an error page's status as a failed resource; here that is the point.
        venster.verwachtFout("status of 404").verwachtFout("status of 403");

        venster.open("/bestaat-niet");
        assertThat(pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Er ging iets mis");
        assertThat(pagina.locator("main")).containsText("Deze pagina bestaat niet");
        venster.toegankelijk();

        venster.open("/clienten");
        assertThat(pagina.locator("main")).containsText("U heeft geen toegang tot deze pagina.");
        venster.toegankelijk();
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de startpagina")).click();
        assertThat(pagina).hasURL(Pattern.compile("/$"));
    }
}
