package nl.indiceer.web.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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
 * The messages pages in Chromium: a decision's 301 listed as sent and opened with what it says; a pasted message with
 * an impossible date rejected with its line; an empty paste said at the field; the 305 still expected on the deadlines
 * page. axe-core on every page.
 */
@PaginaTest
class BerichtenInDeBrowserTest extends BrowserTest {

    private static final String URK = "0184";

    @Test
    void uitboxInlezenEnTermijnen() {
        String bea = Gebruikers.nieuw(app, "bea", Rol.BACKOFFICE, URK);
        Medewerker wie = new Medewerker(bea, Set.of(URK));
        String bsn = Verzoeken.bsn();
        long client = app.getBean(ClientOpslag.class).voegToe(bsn, "Anna van Dijk", LocalDate.of(2013, 5, 1),
                URK, new Adres("Wijk 2 7", "8321 AB", "Urk"));
        LocalDate eind = LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusWeeks(3);
        LocalDate begin = eind.minusMonths(2);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "aanbieder": "12345678", "financiering": "ZIN",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}""".formatted(begin, begin, eind);
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
        String kenmerk = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null)))).kenmerk();

        Page p = venster.meldAan(bea).pagina();
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Berichten")).click();
        Locator uitgaand = p.locator("#uitgaand tbody tr").first();
        assertThat(uitgaand).containsText("JW301");
        assertThat(uitgaand).containsText("12345678");
        assertThat(uitgaand).containsText("Verzonden (in de uitbox)");
        venster.toegankelijk();

        uitgaand.getByRole(AriaRole.LINK).first().click();
        assertThat(p.locator("#xml")).containsText("<jw301:Bericht");
        assertThat(p.locator("#uitleg")).isVisible();
        venster.toegankelijk();

        // a provider's 315 with an impossible date: rejected, with its line
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de berichten")).click();
        String verzoek = """
                <?xml version="1.0" encoding="UTF-8"?>
                <jw315:Bericht xmlns:ijw="http://www.istandaarden.nl/ijw/3_2/basisschema/schema" xmlns:jw315="http://www.istandaarden.nl/ijw/3_2/jw315/schema">
                <jw315:Header><jw315:BerichtCode>446</jw315:BerichtCode><jw315:BerichtVersie>3</jw315:BerichtVersie>
                <jw315:BerichtSubversie>2</jw315:BerichtSubversie><jw315:Afzender>42420001</jw315:Afzender>
                <jw315:Ontvanger>0184</jw315:Ontvanger><jw315:BerichtIdentificatie><ijw:Identificatie>1</ijw:Identificatie>
                <ijw:Dagtekening>2027-06-31</ijw:Dagtekening></jw315:BerichtIdentificatie></jw315:Header>
                </jw315:Bericht>""";
        p.getByLabel("Het bericht (XML)").fill(verzoek);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen")).click();
        assertThat(p.locator("#afgekeurd")).containsText("afgekeurd");
        assertThat(p.locator("#reden")).containsText("regel 6: Dagtekening");
        venster.toegankelijk();

        // nothing pasted: said at the field
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug naar de berichten")).click();
        venster.staToe("status of 422");
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inlezen")).click();
        assertThat(p.locator("#ontvang-xml")).hasAttribute("aria-invalid", "true");
        assertThat(p.locator("#ontvang-xml-fout")).hasText("Plak het bericht in dit veld.");
        venster.toegankelijk();

        // the provider's 305 is due 5 working days after the start (OP271) and has not come
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Termijnen")).click();
        Locator rij = p.locator("[data-testid='termijn-" + kenmerk + "/0-STARTBERICHT_VERWACHT']");
        assertThat(rij).containsText("Startbericht van de aanbieder verwacht");
        assertThat(rij).containsText("geleden");
        venster.toegankelijk();
    }
}
