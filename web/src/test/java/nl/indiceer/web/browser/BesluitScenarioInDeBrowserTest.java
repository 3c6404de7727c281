package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;

/**
 * Deciding in Chromium, as a consultant of Urk: build a request whose line exceeds its limit, hand it over, see the
 * FOUT block the decision (the Besluiten page says what is missing, at the field), invoke the hardheidsclausule,
 * decide, download the letter (a PDF), extend the allocation (verlenging) from the decision page, and see the timeline
 * and the allocation running on a date on the client page. axe-core on the Besluiten page with its errors, the decision
 * page and the client page with the timeline.
 */
@PaginaTest
class BesluitScenarioInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";

    @Test
    void besluitenBriefVerlengenEnDeTijdlijn() throws Exception {
        String anna = Gebruikers.nieuw(app, "anna", Rol.CONSULENT, URK);
        long client = app.getBean(ClientOpslag.class).voegToe(Verzoeken.bsn(), "Besluit Scenario", LocalDate.of(2015, 5, 1),
                URK, new Adres("Wijk 2 7", "8321 AB", "Urk"));
        Page a = venster.meldAan(anna).pagina();
        // a half-filled request form answers 422 while typing; a refused decision is a 422 page
        venster.staToe("status of 422");

        // The request: Behandeling individueel for 14 months, where the decision is for a traject of 12 months
        // (002:1149-1152), a rule, so a FOUT that blocks granting.
        venster.open("/aanvragen/nieuw?client=" + client);
        a.waitForLoadState(LoadState.LOAD);
        String p = "#producten-0";
        a.locator(p + "-product").selectOption("45F31");
        assertThat(a.locator(p + "-variant")).isAttached();
        a.locator(p + "-variant").selectOption(new SelectOption().setValue("A"));
        a.locator(p + "-financiering").selectOption("ZIN");
        a.locator(p + "-begindatum").fill("2027-01-01");
        a.locator(p + "-einddatum").fill("2028-02-29");
        a.locator(p + "-periode").selectOption("TOTAAL");
        a.locator(p + "-motivering").fill("Veel behandeling nodig na de verhuizing.");
        a.locator(p + "-posten-0-omschrijving").fill("behandeling");
        a.locator(p + "-posten-0-eenheid").selectOption("uren");
        a.locator(p + "-posten-0-per").selectOption("totaal");
        a.locator(p + "-posten-0-hoeveelheid").fill("96");
        assertThat(a.locator(p + "-bevindingen [data-code='DUUR_TE_LANG']")).hasAttribute("data-ernst", "FOUT");

        // Handed over ("Klaar voor besluit"), the request offers deciding.
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar voor besluit").setExact(true)).click();
        assertThat(a.locator("#aanvraag-status")).containsText("Klaar voor besluit");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluiten").setExact(true)).click();
        assertThat(a).hasURL(Pattern.compile("/aanvragen/\\d+/besluiten$"));
        assertThat(a.locator("#producten-0-bevindingen [data-code='DUUR_TE_LANG']")).containsText("Bron:");
        assertThat(a.getByLabel("Motivering")).hasValue("Veel behandeling nodig na de verhuizing.");

        // Granting despite the FOUT is refused; what is missing is said at its field and above.
        a.getByLabel("Toekennen").check();
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit nemen")).click();
        Locator ontbrekend = a.locator("#ontbrekend");
        assertThat(ontbrekend).hasAttribute("role", "alert");
        assertThat(ontbrekend).containsText("hardheidsclausule");
        Locator hardheid = a.getByLabel("Beroep op de hardheidsclausule");
        assertThat(hardheid).hasAttribute("aria-invalid", "true");
        assertThat(a.locator("#regels-0-hardheidsclausule-fout")).containsText("DUUR_TE_LANG");
        assertThat(a.getByLabel("Toekennen")).isChecked();
        venster.toegankelijk();
        ontbrekend.getByRole(AriaRole.LINK).first().click();
        assertThat(hardheid).isFocused();

        // With the hardheidsclausule: decided.
        hardheid.fill("Tijdelijk meer nodig na de verhuizing; afgestemd met de teamleider.");
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit nemen")).click();
        assertThat(a).hasURL(Pattern.compile("/beschikkingen/\\d+$"));
        String beschikking = a.url();
        assertThat(a.locator("#genomen")).containsText("Het besluit is genomen");
        String kenmerk = a.locator("#kenmerk").textContent().strip();
        assertThat(a.locator("#beschikking-regel-0-volume")).containsText("uur");
        assertThat(a.locator("#beschikking-regel-0-hardheidsclausule")).containsText("afgestemd met de teamleider");
        assertThat(a.locator("#beschikking-regel-0-bevindingen [data-code='DUUR_TE_LANG']")).hasCount(1);
        venster.toegankelijk();

        // The letter: downloaded as a file, a PDF.
        Download download = a.waitForDownload(() -> a.locator("#brief-downloaden").click());
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(download.suggestedFilename()).isEqualTo("beschikking-" + kenmerk + ".pdf");
        // the letter itself: to the client's name and address, with the kenmerk, the product and the hardheidsclausule
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String tekst = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(tekst).contains(kenmerk).contains("Besluit Scenario").contains("Wijk 2 7").contains("8321 AB Urk")
                    .contains("45F31").contains("afgestemd met de teamleider").contains("bezwaar");
        }
        APIResponse brief = a.request().get(a.locator("#brief-downloaden").getAttribute("href"));
        assertThat(brief.status()).isEqualTo(200);
        assertThat(brief.headers().get("content-type")).startsWith("application/pdf");

        // A verlenging: a new request that extends the allocation, handed over and decided.
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verlenging")).click();
        assertThat(a).hasURL(Pattern.compile("/aanvragen/\\d+$"));
        a.waitForLoadState(LoadState.LOAD);
        // from the day after the allocation's end, as long as the line ran before (14 months)
        assertThat(a.locator(p + "-begindatum")).hasValue("2028-03-01");
        assertThat(a.locator(p + "-einddatum")).hasValue("2029-04-30");
        assertThat(a.locator("[data-testid='uit-besluit-" + kenmerk + "/0']")).isVisible();
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Klaar voor besluit").setExact(true)).click();
        assertThat(a.locator("#aanvraag-status")).containsText("Klaar voor besluit");
        a.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Besluiten").setExact(true)).click();
        assertThat(a.getByLabel("Soort besluit")).hasValue("VERLENGING");
        assertThat(a.getByLabel("Toewijzing die deze regel wijzigt")).hasValue(kenmerk + "/0");
        a.getByLabel("Toekennen").check();
        if (a.getByLabel("Beroep op de hardheidsclausule").count() > 0) {
            // only where a rule of the extension itself is broken (a FOUT)
            a.getByLabel("Beroep op de hardheidsclausule").fill("Nog een jaar nodig; afgestemd met de teamleider.");
        }
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besluit nemen")).click();
        assertThat(a).hasURL(Pattern.compile("/beschikkingen/\\d+$"));
        assertThat(a.locator("#soort")).hasText("Verlenging");
        assertThat(a.locator("#vorige-beschikking")).hasText(kenmerk);

        // The client page: the timeline, newest first, and what runs on a date in the extension.
        a.locator("#vorige-beschikking").click();
        assertThat(a).hasURL(beschikking);
        assertThat(a.locator("#opvolger")).containsText("Verlenging");
        venster.open("/clienten/" + client);
        Locator tijdlijn = a.locator("#tijdlijn li");
        assertThat(tijdlijn).hasCount(2);
        assertThat(tijdlijn.first()).containsText("Verlenging");
        assertThat(tijdlijn.last()).containsText(kenmerk);
        a.getByLabel("Datum").fill("2028-06-01");
        a.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tonen")).click();
        Locator lopend = a.locator("[data-testid='lopend-" + kenmerk + "/0']");
        assertThat(lopend).containsText("tot en met 30-4-2029");
        venster.toegankelijk();
    }
}
