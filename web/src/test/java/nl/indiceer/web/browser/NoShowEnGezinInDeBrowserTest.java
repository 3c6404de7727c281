package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
 * In Chromium, with axe-core on every state: recording a third no-show from the decision page (a wrong date said at its
 * field, then the deadline on the list and "Besloten"), and linking a family product's child by BSN.
 */
@PaginaTest
class NoShowEnGezinInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";

    @Test
    void eenDerdeNoShowVanafDeBeschikking() {
        String fien = Gebruikers.nieuw(app, "fien", Rol.CONSULENT, URK);
        Medewerker wie = new Medewerker(fien, Set.of(URK));
        long client = app.getBean(ClientOpslag.class).voegToe(Verzoeken.bsn(), "No Show", LocalDate.of(2013, 5, 1),
                URK, new Adres("Wijk 2 7", "8321 AB", "Urk"));
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        LocalDate begin = vandaag.minusWeeks(4);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "financiering": "ZIN", "begindatum": "%s",
                   "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}"""
                .formatted(begin, begin, begin.plusMonths(6));
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
        var besluit = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null))));

        Page p = venster.meldAan(fien).open("/beschikkingen/" + besluit.id()).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Derde no-show vastleggen")).click();
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByLabel("Toewijzing").selectOption(besluit.kenmerk() + "/0");
        p.getByLabel("Dag van de melding").fill("2026-02-30");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding vastleggen")).click();
        assertThat(p.locator("#gemeld")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#gemeld")).hasValue("2026-02-30");
        assertThat(p.locator("#gemeld-fout")).hasText("Vul de dag van de melding in als JJJJ-MM-DD, bijvoorbeeld 2026-03-02.");
        venster.toegankelijk();

        p.getByLabel("Dag van de melding").fill(vandaag.minusDays(1).toString());
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Melding vastleggen")).click();
        assertThat(p.locator("#no-show-vastgelegd")).isVisible();
        venster.toegankelijk();

        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termijnen")).click();
        assertThat(p.locator("[data-testid='termijn-" + besluit.kenmerk() + "/0-NO_SHOW_BESLUIT']"))
                .containsText("Beslissen of de toewijzing doorgaat");
        venster.toegankelijk();
        p.locator("[data-testid='termijn-" + besluit.kenmerk() + "/0-NO_SHOW_BESLUIT'] a").last().click();
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Besloten")).click();
        assertThat(p.locator("#no-show-afgerond")).isVisible();
        assertThat(p.locator("#geen-open-meldingen")).isVisible();
        venster.toegankelijk();
    }

    @Test
    void eenKindKoppelenMetZijnBsn() {
        String gijs = Gebruikers.nieuw(app, "gijs", Rol.CONSULENT, URK);
        Medewerker wie = new Medewerker(gijs, Set.of(URK));
        ClientOpslag clienten = app.getBean(ClientOpslag.class);
        Adres adres = new Adres("Wijk 2 7", "8321 AB", "Urk");
        long sanne = clienten.voegToe(Verzoeken.bsn(), "Sanne Gezin", LocalDate.of(2013, 5, 1), URK, adres);
        String bsnMees = Verzoeken.bsn();
        clienten.voegToe(bsnMees, "Mees Gezin", LocalDate.of(2016, 8, 12), URK, adres);
        String invoer = """
                {"regio": "flevoland", "peildatum": "2025-03-01", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F33", "variant": "A", "financiering": "ZIN",
                   "begindatum": "2025-03-01", "einddatum": "2026-02-28", "periode": "TOTAAL",
                   "motivering": "Gezinsbehandeling, categorie A.",
                   "posten": [{"omschrijving": "gezinsbehandeling", "uren": 5, "weken": 20.8, "per": "week"}]}]}""";
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, sanne, invoer, Aanvraagstatus.CONCEPT).id();

        Page p = venster.meldAan(gijs).open("/aanvragen/" + aanvraag).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kinderen bij een gezinsproduct")).click();
        venster.toegankelijk();

        venster.staToe("status of 422");
        p.getByLabel("BSN van een kind om toe te voegen").fill("123");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kind toevoegen")).click();
        assertThat(p.locator("#bsn-0")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#bsn-0-fout")).hasText("Vul een BSN in van 9 cijfers dat klopt.");
        venster.toegankelijk();

        p.getByLabel("BSN van een kind om toe te voegen").fill(bsnMees);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kind toevoegen")).click();
        assertThat(p.locator("#gezin-opgeslagen")).isVisible();
        assertThat(p.locator("[data-testid='gezinslid-0-0']")).containsText("Mees");
        venster.toegankelijk();
    }
}
