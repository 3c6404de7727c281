package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;

/**
 * Putting a rulebook version in force (issue 12) in Chromium for a policy officer: a date in the past said at the file
 * field, then a version checked, confirmed and listed, and marked on the rulebook page; axe-core on each. Drechtsteden
 * from a date years ahead, so that no other test of the shared application computes under it.
 */
@PaginaTest
class InwerkingInDeBrowserTest extends BrowserTest {

    @Test
    void controlerenBevestigenEnTerugzienOpDeRegelingpagina() throws Exception {
        String beleid = Gebruikers.nieuw(app, "inwerking-beleid", Rol.BELEID, "0597");
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate vanaf = vandaag.plusYears(3).withDayOfYear(1);
        String geleverd = Files.readString(Path.of(System.getProperty("indiceer.root", ".."))
                .resolve("regelingen/drechtsteden/2025-11-11.yaml"));

        Page p = venster.meldAan(beleid).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sturing")).click();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Een nieuwe versie van een regeling in werking zetten")).click();
        assertThat(p.locator("#geen-inwerkingstellingen, #inwerkingstellingen")).not().hasCount(0);
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByLabel("Nieuwe versie van de regeling (YAML-bestand)").setInputFiles(new FilePayload("drechtsteden.yaml",
                "application/yaml", geleverd.replace("geldig_vanaf: 2025-11-11", "geldig_vanaf: " + vandaag)
                        .getBytes(StandardCharsets.UTF_8)));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren")).click();
        assertThat(p.locator("#kandidaat")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#kandidaat-fout")).containsText("is niet later dan vandaag");
        venster.toegankelijk();

        p.getByLabel("Nieuwe versie van de regeling (YAML-bestand)").setInputFiles(new FilePayload("drechtsteden.yaml",
                "application/yaml", geleverd.replace("geldig_vanaf: 2025-11-11", "geldig_vanaf: " + vanaf)
                        .getBytes(StandardCharsets.UTF_8)));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Controleren")).click();
        assertThat(p.locator("#voorstel")).containsText("drechtsteden");
        assertThat(p.locator("#beeindigt")).isVisible();
        venster.toegankelijk();
        p.locator("#bevestigen").click();
        assertThat(p.locator("#gezet")).containsText("drechtsteden");
        assertThat(p.locator("#inwerkingstellingen")).containsText(beleid);
        venster.toegankelijk();

        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("drechtsteden")).first().click();
        assertThat(p.locator("[data-testid='herkomst-" + vanaf + "']")).containsText("In werking gezet in Indiceer door " + beleid);
        assertThat(p.locator("[data-testid='herkomst-2025-11-11']")).containsText("Meegeleverd");
        venster.toegankelijk();
    }
}
