package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.declaratie.Declaraties;
import org.junit.jupiter.api.Test;

/**
 * Declarations in Chromium, against a real decision's 301: no file chosen said at the field; a 323 uploaded, its report
 * with the rejected line's rule and reason; approved, the 325 in the outbox; the client page shows the use of the
 * allocation. axe-core on every page.
 */
@PaginaTest
class DeclaratiesInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";
    private static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @Test
    void inlezenRapportGoedkeurenEnGebruik() throws Exception {
        String bo = Gebruikers.nieuw(app, "declarant", Rol.BACKOFFICE, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, bo, URK);
        long week = t.product().omvang().volume();
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), MAART, week);
        GedeclareerdePrestatie teVeel = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), week * 10);
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(goed, teVeel));

        Page p = venster.meldAan(bo).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Declaraties")).click();
        assertThat(p.locator("#map-uitleg")).containsText("Er is geen map voor declaraties ingesteld");
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen en controleren")).click();
        assertThat(p.locator("#ontvang-bestand")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#ontvang-bestand-fout")).hasText("Kies een bestand met een declaratie.");
        venster.toegankelijk();

        p.getByLabel("Het bestand met de declaratie (XML)").setInputFiles(new FilePayload("maart.xml", "application/xml", xml));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen en controleren")).click();
        assertThat(p.locator("#totalen")).hasText("2 prestaties: 1 goedgekeurd, 1 afgekeurd");
        assertThat(p.locator("[data-testid='regel-1']")).containsText("(TR321)");
        assertThat(p.locator("[data-testid='regel-0']")).containsText("Goedgekeurd");
        assertThat(p.locator("#termijn")).containsText("OP090x4");
        venster.toegankelijk();

        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Goedkeuren en antwoord versturen")).click();
        assertThat(p.locator("#beantwoord")).containsText("staat in de uitbox");
        venster.toegankelijk();

        // the report links to its 325; that page shows the rejected prestatie with its code, the XML folded away
        p.locator("#antwoordbericht-link").click();
        assertThat(p.locator("#afgewezen tbody tr")).hasCount(1);
        assertThat(p.locator("#afgewezen")).containsText("9321");
        assertThat(p.locator("#xml")).not().isVisible();
        venster.toegankelijk();
        p.goBack();

        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten")).click();
        assertThat(p.locator("#uitgaand tbody tr").first()).containsText("JW325");
        venster.toegankelijk();

        venster.open("/clienten/" + t.clientId());
        assertThat(p.locator("[data-testid='gebruik-" + t.nummer() + "']")).isVisible();
        venster.toegankelijk();
    }
}
