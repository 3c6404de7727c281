package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.beschikking.Regelbesluit;
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
 * The deadlines page in Chromium: an allocation ending in three weeks is listed with "over 21 dagen" and links to its
 * client and decision; a wrong number of weeks is said at its field; axe-core on both.
 */
@PaginaTest
class TermijnenInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";

    @Test
    void deLijstMetWatBinnenkortAfloopt() {
        String bram = Gebruikers.nieuw(app, "bram", Rol.CONSULENT, URK);
        Medewerker wie = new Medewerker(bram, Set.of(URK));
        long client = app.getBean(ClientOpslag.class).voegToe(Verzoeken.bsn(), "Termijn Scenario", LocalDate.of(2013, 5, 1),
                URK, new Adres("Wijk 2 7", "8321 AB", "Urk"));
        LocalDate eind = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(3);
        LocalDate begin = eind.minusMonths(2);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "financiering": "ZIN", "begindatum": "%s",
                   "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}""".formatted(begin, begin, eind);
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
        String kenmerk = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null)))).kenmerk();

        Page p = venster.meldAan(bram).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termijnen")).click();
        Locator rij = p.locator("[data-testid='termijn-" + kenmerk + "/0-TOEWIJZING_EINDIGT']");
        assertThat(rij).containsText("over 21 dagen");
        assertThat(rij).containsText("Toewijzing eindigt");
        assertThat(rij.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cliënt " + client))).isVisible();
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByLabel("Aantal weken vooruit").fill("99");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filteren")).click();
        assertThat(p.locator("#filter-weken")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#filter-weken-fout")).hasText("Vul een heel getal in van 1 tot en met 52.");
        assertThat(p.locator("#filter-weken")).hasValue("99");
        venster.toegankelijk();
    }
}
