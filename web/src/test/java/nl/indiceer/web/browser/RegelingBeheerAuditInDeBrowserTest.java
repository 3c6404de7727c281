package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/** The rulebook pages, user management and the audit trail in Chromium, each with axe-core, error states included. */
@PaginaTest
class RegelingBeheerAuditInDeBrowserTest extends BrowserTest {

    @Test
    void regelingen() {
        String beleid = Gebruikers.nieuw(app, "beleid", Rol.BELEID);
        Page pagina = venster.meldAan(beleid).pagina();
        pagina.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Regelingen")).click();
        assertThat(pagina).hasURL(Pattern.compile("/regelingen$"));
        venster.toegankelijk();

        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("flevoland").setExact(true)).first().click();
        assertThat(pagina).hasURL(Pattern.compile("/regelingen/flevoland$"));
        venster.toegankelijk();

        venster.verwachtFout("status of 422");
        pagina.getByLabel("Peildatum").fill("31-02-2025");
        pagina.getByLabel("Peildatum").press("Enter");
        assertThat(pagina.getByLabel("Peildatum")).hasAttribute("aria-invalid", "true");
        assertThat(pagina.getByLabel("Peildatum")).hasValue("31-02-2025");
        venster.toegankelijk();
    }

    @Test
    void gebruikersbeheerMetFoutenBijDeVelden() {
        Page pagina = venster.meldAan("beheerder", Aanmelding.BEHEERDER_WACHTWOORD).pagina();
        venster.open("/beheer/gebruikers");
        venster.toegankelijk();

        venster.verwachtFout("status of 422");
        pagina.getByLabel("Gebruikersnaam").fill("x");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gebruiker aanmaken")).click();
        assertThat(pagina.locator("#foutensamenvatting")).isVisible();
        assertThat(pagina.getByLabel("Gebruikersnaam")).hasAttribute("aria-invalid", "true");
        assertThat(pagina.getByLabel("Gebruikersnaam")).hasValue("x");
        venster.toegankelijk();
    }

    @Test
    void auditlogboek() {
        String auditor = Gebruikers.nieuw(app, "auditor", Rol.AUDITOR);
        Page pagina = venster.meldAan(auditor).pagina();
        pagina.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Audit")).click();
        assertThat(pagina).hasURL(Pattern.compile("/audit$"));
        venster.toegankelijk();
    }
}
