package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/** The account page in Chromium: a new API token is shown once; axe-core before and after. */
@PaginaTest
class AccountInDeBrowserTest extends BrowserTest {

    @Test
    void eenTokenMakenEnHetMaarEenKeerZien() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034", "0995");
        Page pagina = venster.meldAan(naam).pagina();
        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn account en API-tokens")).click();
        assertThat(pagina).hasURL(Pattern.compile("/account$"));
        assertThat(pagina.locator("dl")).containsText("Consulent");
        assertThat(pagina.locator("dl")).containsText("0034, 0995");
        venster.toegankelijk();

        pagina.getByLabel("Waarvoor gebruikt u het token?").fill("mijn script");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuw token maken")).click();
        assertThat(pagina.getByRole(AriaRole.STATUS)).containsText("u ziet het maar één keer");
        assertThat(pagina.locator("#nieuw-token")).hasText(Pattern.compile("^ind_[A-Za-z0-9_-]{20,}$"));
        String token = pagina.locator("#nieuw-token").textContent();
        assertThat(pagina.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Mijn tokens"))).containsText("mijn script");
        venster.toegankelijk();

        pagina.reload();
        assertThat(pagina.locator("#nieuw-token")).hasCount(0);
        assertThat(pagina.locator("body")).not().containsText(token);
        assertThat(pagina.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Mijn tokens"))).containsText("Werkt");
    }
}
