package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/** The login page in Chromium: labels, keyboard only, the error state, visible focus, axe-core; then logout. */
@PaginaTest
class AanmeldenInDeBrowserTest extends BrowserTest {

    @Test
    void aanmeldenMetAlleenHetToetsenbord() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Page pagina = venster.open("/").pagina();
        assertThat(pagina).hasURL(Pattern.compile("/aanmelden$"));
        assertThat(pagina).hasTitle("Aanmelden – Indiceer");
        venster.toegankelijk();

        // The fields are found by their labels, and the first one has the focus when the page opens.
        assertThat(pagina.getByLabel("Gebruikersnaam")).hasAttribute("id", "gebruikersnaam");
        assertThat(pagina.getByLabel("Wachtwoord")).hasAttribute("id", "wachtwoord");
        assertThat(pagina.getByLabel("Gebruikersnaam")).isFocused();
        pagina.keyboard().type(naam);
        pagina.keyboard().press("Tab");
        assertThat(pagina.getByLabel("Wachtwoord")).isFocused();
        pagina.keyboard().type(Gebruikers.wachtwoord(naam));
        pagina.keyboard().press("Enter");

        // Back where the user was going: the start page (Spring Security marks the saved request with ?continue).
        assertThat(pagina).hasURL(Pattern.compile("/(\\?continue)?$"));
        assertThat(pagina.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Indiceer");
        assertThat(pagina.locator("header")).containsText("Aangemeld als " + naam);
        assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een cliënt zoeken of aanmaken"))).isVisible();
        venster.toegankelijk();
    }

    @Test
    void eenVerkeerdWachtwoordGeeftEenFoutDieBijDeVeldenHoort() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Page pagina = venster.open("/aanmelden").pagina();
        pagina.getByLabel("Gebruikersnaam").fill(naam);
        pagina.getByLabel("Wachtwoord").fill("niet-het-goede");
        pagina.getByLabel("Wachtwoord").press("Enter");

        assertThat(pagina).hasURL(Pattern.compile("/aanmelden\\?fout$"));
        assertThat(pagina.getByRole(AriaRole.ALERT)).hasText("De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.");
        // Focus is back in the first field, which is marked invalid and described by the message, so a screen reader
        // reads the error where the user continues.
        assertThat(pagina.getByLabel("Gebruikersnaam")).isFocused();
        for (String veld : List.of("Gebruikersnaam", "Wachtwoord")) {
            assertThat(pagina.getByLabel(veld)).hasAttribute("aria-invalid", "true");
            assertThat(pagina.getByLabel(veld)).hasAccessibleDescription("De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw.");
        }
        venster.toegankelijk();
        assertThat(pagina.locator("header")).not().containsText("Aangemeld als");
    }

    @Test
    void deFocusIsZichtbaarOpAllesWatMetTabBereikbaarIs() {
        Page pagina = venster.open("/aanmelden").pagina();
        // From the first field back to the top: the skip link comes first and shows itself when focused.
        pagina.keyboard().press("Shift+Tab");
        pagina.keyboard().press("Shift+Tab");
        assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud"))).isFocused();
        assertThat(pagina.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Naar de inhoud"))).isInViewport();

        List<Focus> gezien = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            gezien.add(Focus.van(pagina));
            pagina.keyboard().press("Tab");
        }
        assertThat(gezien).extracting(Focus::element)
                .containsExactly("a \"Naar de inhoud\"", "a \"Indiceer\"", "input#gebruikersnaam", "input#wachtwoord", "button \"Aanmelden\"");
        assertThat(gezien).allSatisfy(f -> assertThat(f.zichtbaar()).as("zichtbare focus op %s", f).isTrue());
    }

    @Test
    void afmelden() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Page pagina = venster.meldAan(naam).pagina();
        pagina.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();

        assertThat(pagina).hasURL(Pattern.compile("/aanmelden\\?afgemeld$"));
        assertThat(pagina.getByRole(AriaRole.STATUS)).hasText("U bent afgemeld.");
        venster.toegankelijk();
        venster.open("/account");
        assertThat(pagina).hasURL(Pattern.compile("/aanmelden$"));
    }
}
