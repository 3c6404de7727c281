package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.Set;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.berichten.InkomendeBerichtenDienst;
import nl.indiceer.web.berichten.Verzoekberichten;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;

/**
 * Refusing a provider's 315 in Chromium: the request's page with its answer section, the reason missing said at the
 * field, the refusal making a JW319 that the page links to and the outbox lists. axe-core on every page.
 */
@PaginaTest
class AntwoordInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";

    @Test
    void verzoekAfwijzenMetEen319() {
        String cas = Gebruikers.nieuw(app, "cas", Rol.CONSULENT, URK);
        String bsn = Verzoeken.bsn();
        app.getBean(ClientOpslag.class).voegToe(bsn, "Anna van Dijk", LocalDate.of(2013, 5, 1), URK,
                new Adres("Wijk 2 7", "8321 AB", "Urk"));
        long id = app.getBean(InkomendeBerichtenDienst.class).ontvang(new Medewerker(cas, Set.of(URK)), URK,
                Verzoekberichten.jw315(bsn, URK, "42420001", "315000000092", "45F02")).bericht().id();

        Page p = venster.meldAan(cas).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten")).click();
        p.locator("[data-testid='inkomend-" + id + "'] a").click();
        assertThat(p.locator("#antwoord-kop")).hasText("Antwoord aan de aanbieder");
        assertThat(p.locator("#geen-antwoord")).isVisible();
        venster.toegankelijk();

        // no reason chosen: said at the field
        venster.staToe("status of 422");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afwijzen en 319 maken")).click();
        assertThat(p.locator("#afwijzing-reden")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#afwijzing-reden-fout")).hasText("Kies een reden van afwijzing.");
        venster.toegankelijk();

        p.getByLabel("Reden van afwijzing").selectOption(new SelectOption().setLabel("7 – Zorginhoudelijke afkeur"));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afwijzen en 319 maken")).click();
        assertThat(p.locator("#beantwoord")).containsText("beantwoord met een 319");
        assertThat(p.locator("#antwoorden")).containsText("Beantwoord met JW319");
        assertThat(p.locator("#afwijzen")).hasCount(0);
        venster.toegankelijk();

        p.locator("#antwoorden a").first().click();
        assertThat(p.locator("#xml")).containsText("<jw319:RedenAfwijzingVerzoek>7</jw319:RedenAfwijzingVerzoek>");
        assertThat(p.locator("#antwoord-op")).isVisible();
        venster.toegankelijk();

        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de berichten")).click();
        assertThat(p.locator("#uitgaand tbody tr").first()).containsText("JW319");
        venster.toegankelijk();
    }
}
