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
import java.util.Map;
import java.util.Set;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.beschikking.BeschikkingDienst;
import nl.indiceer.web.beschikking.Besluitverzoek;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;

/**
 * The steering pages in Chromium for a policy officer: commitments of 12 running Ridderkerk decisions with charts and
 * tables, a wrong budget said at its field, a candidate rulebook uploaded and compared; axe-core on each.
 */
@PaginaTest
class SturingInDeBrowserTest extends BrowserTest {

    private static final String RIDDERKERK = "0597";

    @Test
    void verplichtingenBudgetEnRegelwijziging() throws Exception {
        String consulent = Gebruikers.nieuw(app, "stuur-consulent", Rol.CONSULENT, RIDDERKERK);
        String beleid = Gebruikers.nieuw(app, "stuur-beleid", Rol.BELEID, RIDDERKERK);
        Medewerker wie = new Medewerker(consulent, Set.of(RIDDERKERK));
        LocalDate begin = LocalDate.now(ZoneId.of("Europe/Amsterdam")).withDayOfMonth(1);
        for (int i = 0; i < 12; i++) {
            long client = app.getBean(ClientOpslag.class).voegToe(Verzoeken.bsn(), "Sturing Scenario", LocalDate.of(2013, 5, 1),
                    RIDDERKERK, new Adres("Wijk 2 7", "2981 AB", "Ridderkerk"));
            String invoer = """
                    {"regio": "ridderkerk", "peildatum": "%s", "gemeente": "Ridderkerk", "client": {"geboortedatum": "2013-05-01"},
                     "producten": [{"product": "behandeling-basis", "financiering": "ZIN", "aanbieder": "Jeugdzorg Ridderkerk",
                       "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Wekelijks.",
                       "posten": [{"omschrijving": "behandeling", "uren": 1, "weken": 10, "per": "week"}]}]}"""
                    .formatted(begin, begin, begin.plusMonths(3).minusDays(1));
            long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
            app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                    Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null))));
        }

        Page p = venster.meldAan(beleid).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sturing")).click();
        assertThat(p.locator("#diagram-maanden rect")).not().hasCount(0);
        assertThat(p.locator("#tabel-producten [data-testid='cel-behandeling-basis']")).containsText("12");
        assertThat(p.locator("#tabel-wetten")).containsText("Jeugdwet");
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByLabel("Wet", new Page.GetByLabelOptions().setExact(true)).selectOption("jeugdwet");
        p.getByLabel("Bedrag in euro").fill("heel veel");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Budget opslaan")).click();
        assertThat(p.locator("#budget-bedrag")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#budget-bedrag")).hasValue("heel veel");
        assertThat(p.locator("#budget-bedrag-fout")).containsText("Vul een bedrag in euro in");
        venster.toegankelijk();
        p.getByLabel("Bedrag in euro").fill("2.500.000,00");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Budget opslaan")).click();
        assertThat(p.locator("#budget-opgeslagen")).isVisible();
        assertThat(p.locator("[data-testid='prognose-jeugdwet']")).containsText("€ 2.500.000,00");

        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wat doet een regelwijziging met de lopende beschikkingen?")).click();
        venster.toegankelijk();
        String yaml = Files.readString(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen/ridderkerk/2025-01-01.yaml"))
                .replace("bedrag: 115.20, bron: \"004:1652\"", "bedrag: 125.00, bron: \"004:1652\"");
        p.getByLabel("Nieuwe versie van de regeling (YAML-bestand)").setInputFiles(
                new FilePayload("ridderkerk.yaml", "application/yaml", yaml.getBytes(StandardCharsets.UTF_8)));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vergelijken")).click();
        assertThat(p.locator("#samenvatting")).containsText("ridderkerk");
        assertThat(p.locator("#totalen-product")).containsText("behandeling-basis");
        assertThat(p.locator("article[data-testid^='verschil-']")).not().hasCount(0);
        venster.toegankelijk();
    }
}
