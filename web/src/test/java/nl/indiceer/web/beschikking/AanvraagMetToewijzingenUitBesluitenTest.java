package nl.indiceer.web.beschikking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The request form takes the client's running allocations from the stored decisions: a granted 45L04 of Jeugdhulp Zuid
 * makes OP259 (same product, same provider, overlapping) appear on a new request without anyone typing it in, like
 * docs/voorbeelden/001-op259-zelfde-product-zelfde-aanbieder.json with its typed allocation. Typed allocations from
 * outside Indiceer still count.
 */
@PaginaTest
class AanvraagMetToewijzingenUitBesluitenTest {

    static final String VENRAY = "0984";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    long client() {
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        return app.getBean(ClientOpslag.class).voegToe(bsn, "Sam Stapel", LocalDate.of(2012, 9, 1), VENRAY,
                new Adres("Markt 1", "5801 AA", "Venray"));
    }

    static final String EERDER = """
            {"regio": "noord-limburg", "peildatum": "2024-06-01", "gemeente": "Venray",
             "client": {"geboortedatum": "2012-09-01"},
             "producten": [{"product": "45L04", "aanbieder": "Jeugdhulp Zuid", "financiering": "ZIN",
               "begindatum": "2024-06-01", "einddatum": "2025-05-31", "periode": "TOTAAL", "motivering": "Maatwerk.",
               "posten": [{"omschrijving": "maatwerk", "uren": 2, "per": "week"}]}]}""";

    /** The new request's line as the form's fields (the same product and provider, overlapping the allocation). */
    static Map<String, String> formulier(long client) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("aanvraagId", "");
        f.put("versie", "");
        f.put("clientId", Long.toString(client));
        f.put("geboortedatum", "2012-09-01");
        f.put("regio", "noord-limburg");
        f.put("gemeente", VENRAY);
        f.put("peildatum", "2025-02-01");
        f.put("producten[0].product", "45L04");
        f.put("producten[0].aanbieder", "Jeugdhulp Zuid");
        f.put("producten[0].financiering", "ZIN");
        f.put("producten[0].begindatum", "2025-02-01");
        f.put("producten[0].einddatum", "2025-12-31");
        f.put("producten[0].periode", "TOTAAL");
        f.put("producten[0].motivering", "Maatwerk.");
        f.put("producten[0].posten[0].omschrijving", "maatwerk");
        f.put("producten[0].posten[0].hoeveelheid", "2");
        f.put("producten[0].posten[0].eenheid", "uren");
        f.put("producten[0].posten[0].per", "week");
        return f;
    }

    @Test
    void eenToegekendeToewijzingGeeftOp259OpEenNieuweAanvraag() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, VENRAY);
        Medewerker wie = new Medewerker(naam, Set.of(VENRAY));
        Browser b = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        long metBesluit = client();
        long zonder = client();

        var eerder = app.getBean(AanvraagDienst.class).maak(wie, metBesluit, EERDER, Aanvraagstatus.INGEDIEND);
        OpgeslagenBeschikking besluit = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(eerder.id(),
                null, Beschikkingsoort.EERSTE, null, Map.of(0, Regelkeuze.toekennen("Maatwerk."))));
        String toewijzing = besluit.kenmerk() + "/0";

        // the decided request itself is shown as decided: its own grant does not stack on itself
        assertThat(b.get("/aanvragen/" + eerder.id()).body()).contains("id=\"besloten-melding\"")
                .doesNotContain("OP259_GESTAPELDE_TOEWIJZING");

        // without a decision: no stacking
        b.get("/aanvragen/nieuw?client=" + zonder);
        String zonderBesluit = b.htmx("/aanvragen/berekenen", formulier(zonder)).body();
        assertThat(zonderBesluit).doesNotContain("OP259_GESTAPELDE_TOEWIJZING");

        // with the decision: the engine sees the granted allocation, nobody typed it in
        String pagina = b.get("/aanvragen/nieuw?client=" + metBesluit).body();
        assertThat(pagina).contains("data-testid=\"uit-besluit-" + toewijzing + "\"");
        HttpResponse<String> berekend = b.htmx("/aanvragen/berekenen", formulier(metBesluit));
        assertThat(berekend.body()).contains("data-code=\"OP259_GESTAPELDE_TOEWIJZING\"")
                .contains("id=\"lopende-uit-besluiten\" hx-swap-oob=\"true\"").contains(toewijzing);
        // on a peildatum long after it ended, the allocation is still known (the relapse rule looks back), not running
        Map<String, String> later = formulier(metBesluit);
        later.put("peildatum", "2027-01-01");
        later.put("producten[0].begindatum", "2027-01-01");
        later.put("producten[0].einddatum", "2027-06-30");
        assertThat(b.htmx("/aanvragen/berekenen", later).body()).doesNotContain("OP259_GESTAPELDE_TOEWIJZING");

        // saved: the request holds the allocation, so the decision on it sees it too; reopened, it is no typed row
        HttpResponse<String> opgeslagen = b.post("/aanvragen/opslaan", formulier(metBesluit));
        assertThat(opgeslagen.statusCode()).isEqualTo(302);
        long id = Long.parseLong(opgeslagen.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
        assertThat(app.getBean(AanvraagDienst.class).lees(wie, id).invoer()).contains("\"id\":\"" + toewijzing + "\"");
        String heropend = b.get("/aanvragen/" + id).body();
        assertThat(heropend).doesNotContain("name=\"lopende_toewijzingen[0].id\"").contains("data-testid=\"uit-besluit-" + toewijzing + "\"")
                .contains("data-code=\"OP259_GESTAPELDE_TOEWIJZING\"");

        // through the API (the service) alike: the request is computed and stored with the decided allocation,
        // after the rows the caller typed, and a stale derived row the caller sends back is replaced, not doubled
        String nieuw = EERDER.replace("2024-06-01\", \"gemeente", "2025-02-01\", \"gemeente")
                .replace("\"begindatum\": \"2024-06-01\", \"einddatum\": \"2025-05-31\"",
                        "\"begindatum\": \"2025-02-01\", \"einddatum\": \"2025-12-31\"")
                .replace("\"client\":", "\"lopende_toewijzingen\": [{\"id\": \"T9\", \"product\": \"42A03\", "
                        + "\"begindatum\": \"2024-01-01\", \"einddatum\": \"2024-03-31\"}, {\"id\": \"" + toewijzing
                        + "\", \"product\": \"45L04\", \"begindatum\": \"2020-01-01\", \"einddatum\": \"2020-01-31\"}],\n \"client\":");
        var viaApi = app.getBean(AanvraagDienst.class).maak(wie, metBesluit, nieuw, Aanvraagstatus.CONCEPT);
        assertThat(viaApi.invoer()).contains("\"id\":\"T9\"").contains("\"begindatum\":\"2024-06-01\"")
                .doesNotContain("2020-01-31");
        assertThat(viaApi.invoer().indexOf("\"T9\"")).isLessThan(viaApi.invoer().indexOf(toewijzing));
        assertThat(viaApi.resultaat()).as("fouten %s", viaApi.fouten()).contains("OP259_GESTAPELDE_TOEWIJZING");
        var zonderViaApi = app.getBean(AanvraagDienst.class).maak(wie, zonder, nieuw.replace(toewijzing, "T8"), Aanvraagstatus.CONCEPT);
        assertThat(zonderViaApi.invoer()).isEqualTo(nieuw.replace(toewijzing, "T8"));

        // an allocation from outside Indiceer can still be typed in, beside those from the decisions
        Map<String, String> getypt = formulier(zonder);
        getypt.put("lopende_toewijzingen[0].id", "T1");
        getypt.put("lopende_toewijzingen[0].product", "45L04");
        getypt.put("lopende_toewijzingen[0].aanbieder", "Jeugdhulp Zuid");
        getypt.put("lopende_toewijzingen[0].financiering", "ZIN");
        getypt.put("lopende_toewijzingen[0].begindatum", "2024-06-01");
        getypt.put("lopende_toewijzingen[0].einddatum", "2025-05-31");
        b.get("/aanvragen/nieuw?client=" + zonder);
        assertThat(b.htmx("/aanvragen/berekenen", getypt).body()).contains("data-code=\"OP259_GESTAPELDE_TOEWIJZING\"");
    }

    /**
     * An earlier end (beëindiging) of a decided allocation is a request whose line {@code wijzigt} that allocation: the
     * engine does not see the allocation as the same help stacked beside it (no OP259), so it is decided without the
     * hardheidsclausule, and the allocation no longer runs after the new end.
     */
    @Test
    void eenBeeindigingWijzigtDeToewijzingEnStapeltNiet() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, VENRAY);
        Medewerker wie = new Medewerker(naam, Set.of(VENRAY));
        long client = client();
        var eerder = app.getBean(AanvraagDienst.class).maak(wie, client, EERDER, Aanvraagstatus.INGEDIEND);
        BeschikkingDienst dienst = app.getBean(BeschikkingDienst.class);
        OpgeslagenBeschikking eerste = dienst.besluit(wie, new Besluitverzoek(eerder.id(), null, Beschikkingsoort.EERSTE,
                null, Map.of(0, Regelkeuze.toekennen("Maatwerk."))));
        String toewijzing = eerste.kenmerk() + "/0";

        String einde = EERDER.replace("\"einddatum\": \"2025-05-31\"", "\"einddatum\": \"2024-12-31\"")
                .replace("\"aanbieder\": \"Jeugdhulp Zuid\",", "\"aanbieder\": \"Jeugdhulp Zuid\", \"wijzigt\": \"" + toewijzing + "\",");
        var beeindiging = app.getBean(AanvraagDienst.class).maak(wie, client, einde, Aanvraagstatus.INGEDIEND);
        assertThat(beeindiging.invoer()).contains("\"id\":\"" + toewijzing + "\"");
        assertThat(beeindiging.resultaat()).as("fouten %s", beeindiging.fouten()).doesNotContain("OP259_GESTAPELDE_TOEWIJZING");
        // without "wijzigt" the same line would stack on its own allocation
        var gestapeld = app.getBean(AanvraagDienst.class).maak(wie, client,
                einde.replace("\"wijzigt\": \"" + toewijzing + "\",", ""), Aanvraagstatus.CONCEPT);
        assertThat(gestapeld.resultaat()).contains("OP259_GESTAPELDE_TOEWIJZING");

        OpgeslagenBeschikking beeindigd = dienst.besluit(wie, new Besluitverzoek(beeindiging.id(), null,
                Beschikkingsoort.BEEINDIGING, eerste.id(), Map.of(0, new Regelkeuze(Regelbesluit.Toekenning.gewoon(),
                "Doel bereikt.", toewijzing))));
        assertThat(beeindigd.soort()).isEqualTo(Beschikkingsoort.BEEINDIGING);
        var beschikkingen = dienst.vanClient(wie, client);
        assertThat(BeschikkingDienst.lopendOp(beschikkingen, java.time.LocalDate.of(2024, 12, 1))).extracting("id")
                .containsExactly(toewijzing);
        assertThat(BeschikkingDienst.lopendOp(beschikkingen, java.time.LocalDate.of(2025, 2, 1))).isEmpty();
    }
}
