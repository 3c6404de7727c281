package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/**
 * Finding and creating a client in Chromium: nothing found, a wrong BSN shown at its field with the input kept, the
 * client created, then found by name; never a BSN in the address bar; axe-core on every state.
 */
@PaginaTest
class ClientenInDeBrowserTest extends BrowserTest {

    @Test
    void zoekenNietsVindenAanmakenMetEenFoutEnDanVinden() {
        String consulent = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        String bsn = Verzoeken.bsn();
        String naam = "Browsertest " + Long.toString(System.nanoTime(), 36);
        Page pagina = venster.meldAan(consulent).pagina();

        pagina.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Cliënten")).click();
        assertThat(pagina).hasURL(Pattern.compile("/clienten$"));
        venster.toegankelijk();
        pagina.getByLabel("BSN").fill(bsn);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        assertThat(pagina.getByRole(AriaRole.STATUS)).containsText("Er is geen cliënt gevonden");
        assertThat(pagina.getByLabel("BSN")).hasValue(bsn);
        assertThat(pagina.url()).doesNotContain(bsn);
        venster.toegankelijk();

        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuwe cliënt aanmaken")).click();
        assertThat(pagina).hasURL(Pattern.compile("/clienten/nieuw$"));
        venster.toegankelijk();
        String fout = bsn.substring(0, 8) + ((bsn.charAt(8) - '0' + 1) % 10);
        pagina.getByLabel("BSN").fill(fout);
        pagina.getByLabel("Naam").fill(naam);
        pagina.getByLabel("Geboortedatum").fill("2013-05-01");
        assertThat(pagina.getByLabel("Gemeente")).hasValue("0034");
        // A form with errors comes back as 422, which Chromium logs as a failed resource.
        venster.verwachtFout("status of 422");
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cliënt aanmaken")).click();

        // The error at the field, linked from the summary; what was typed stays.
        assertThat(pagina.getByRole(AriaRole.ALERT)).containsText("Er is 1 fout");
        assertThat(pagina.getByLabel("BSN")).hasAttribute("aria-invalid", "true");
        assertThat(pagina.getByLabel("BSN")).hasAccessibleDescription(Pattern.compile("^Dit BSN klopt niet: controleer de 9 cijfers\\."));
        assertThat(pagina.getByLabel("BSN")).hasValue(fout);
        assertThat(pagina.getByLabel("Naam")).hasValue(naam);
        assertThat(pagina.getByLabel("Geboortedatum")).hasValue("2013-05-01");
        assertThat(pagina.url()).doesNotContain(fout);
        venster.toegankelijk();
        pagina.getByRole(AriaRole.ALERT).getByRole(AriaRole.LINK).click();
        assertThat(pagina.getByLabel("BSN")).isFocused();

        pagina.getByLabel("BSN").fill(bsn);
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cliënt aanmaken")).click();
        assertThat(pagina).hasURL(Pattern.compile("/clienten/\\d+(\\?.*)?$"));
        assertThat(pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(naam);
        assertThat(pagina.getByRole(AriaRole.STATUS)).hasText("De cliënt is aangemaakt.");
        assertThat(pagina.locator("main dl")).containsText(bsn);
        assertThat(pagina.url()).doesNotContain(bsn);
        venster.toegankelijk();
        String clientpagina = pagina.url().replaceFirst("\\?.*$", "");

        pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar zoeken")).click();
        pagina.getByLabel("Naam").fill(naam.substring(0, 14));
        pagina.getByLabel("Naam").press("Enter");
        var tabel = pagina.getByRole(AriaRole.TABLE);
        assertThat(tabel).containsText(bsn);
        venster.toegankelijk();
        tabel.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName(naam)).click();
        assertThat(pagina).hasURL(clientpagina);
        assertThat(pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(naam);
    }
}
