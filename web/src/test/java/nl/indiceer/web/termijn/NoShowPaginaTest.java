package nl.indiceer.web.termijn;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.web.Browser;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Recording a third no-show from a page (Flevoland 002:1774-1780, decide within 3 weeks of the report): a wrong date
 * gets its Dutch message at the field with what was typed kept (422, nothing stored); a good one puts the decision
 * deadline on the deadlines list, and "Besloten" takes it off; another municipality gets 404, a policy role 403.
 */
@PaginaTest
class NoShowPaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void eenDerdeNoShowVastleggenEnBesluiten() {
        String urk = Gebruikers.nieuw(app, "urk-noshow", Rol.CONSULENT, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-noshow", Rol.CONSULENT, "0303");
        String beleid = Gebruikers.nieuw(app, "urk-noshow-beleid", Rol.BELEID, URK);
        Medewerker wie = new Medewerker(urk, Set.of(URK));
        long client = app.getBean(ClientOpslag.class).voegToe(Verzoeken.bsn(), "Sam Visser", LocalDate.of(2013, 5, 1), URK,
                new Adres("Wijk 3 1", "8321 AC", "Urk"));
        LocalDate vandaag = LocalDate.now(TermijnPagina.NEDERLAND);
        LocalDate begin = vandaag.minusWeeks(4);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "aanbieder": "23456789", "financiering": "ZIN",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}"""
                .formatted(begin, begin, begin.plusMonths(6));
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
        var besluit = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null))));
        String pagina = "/beschikkingen/" + besluit.id() + "/no-show";
        String toewijzing = besluit.kenmerk() + "/0";
        String termijn = "termijn-" + toewijzing + "-NO_SHOW_BESLUIT";

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        assertThat(ik.get("/beschikkingen/" + besluit.id()).body()).contains(pagina);
        HttpResponse<String> leeg = ik.get(pagina);
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("<label class=\"utrecht-form-label\" for=\"gemeld\"").contains(toewijzing);

        // a date that does not exist: the message at the field, the input kept, nothing stored
        HttpResponse<String> fout = ik.post(pagina, Map.of("toewijzing", toewijzing, "gemeld", "2026-02-30"));
        assertThat(fout.statusCode()).isEqualTo(422);
        assertThat(fout.body()).contains("id=\"gemeld-fout\"").contains("Vul de dag van de melding in als JJJJ-MM-DD")
                .contains("aria-invalid=\"true\"").contains("value=\"2026-02-30\"").contains("id=\"foutensamenvatting\"");
        // a report cannot come tomorrow; no allocation chosen is named at its own field
        assertThat(ik.post(pagina, Map.of("toewijzing", toewijzing, "gemeld", vandaag.plusDays(1).toString())).body())
                .contains("De dag van de melding kan niet na vandaag liggen.");
        assertThat(ik.post(pagina, Map.of("toewijzing", "", "gemeld", vandaag.toString())).body())
                .contains("id=\"toewijzing-fout\"").contains("Kies een toewijzing van deze beschikking.");
        assertThat(ik.get("/termijnen").body()).doesNotContain(termijn);

        // another municipality: 404 like a decision that does not exist; a policy role may not record
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        assertThat(ander.get(pagina).statusCode()).isEqualTo(404)
                .isEqualTo(ander.get("/beschikkingen/" + Long.MAX_VALUE + "/no-show").statusCode());
        assertThat(Browser.op(poort).meldAan(beleid, Gebruikers.wachtwoord(beleid)).get(pagina).statusCode()).isEqualTo(403);

        ik.get(pagina);
        HttpResponse<String> goed = ik.post(pagina, Map.of("toewijzing", toewijzing, "gemeld",
                vandaag.minusDays(2).toString()));
        assertThat(goed.statusCode()).isEqualTo(302);
        String na = ik.get(pagina).body();
        assertThat(na).contains("De melding is vastgelegd.").contains("Besloten");
        // the region's 3 weeks after the report (002:1774-1780), on the list, linking to this page
        String lijst = ik.get("/termijnen").body();
        assertThat(lijst).contains(termijn).contains(pagina);

        long melding = app.getBean(NoShowOpslag.class).open(Set.of(URK)).stream()
                .filter(m -> m.toewijzing().equals(toewijzing)).findFirst().orElseThrow().id();
        ik.get(pagina);
        HttpResponse<String> verkeerd = ik.post(pagina + "/" + melding + "/besloten", Map.of("besloten", "gisteren"));
        assertThat(verkeerd.statusCode()).isEqualTo(422);
        assertThat(verkeerd.body()).contains("id=\"besloten-" + melding + "-fout\"").contains("value=\"gisteren\"");
        ik.get(pagina);
        assertThat(ander.post(pagina + "/" + melding + "/besloten", Map.of("besloten", vandaag.toString())).statusCode())
                .isIn(403, 404);
        assertThat(ik.post(pagina + "/" + melding + "/besloten", Map.of("besloten", vandaag.toString())).statusCode())
                .isEqualTo(302);
        assertThat(ik.get(pagina).body()).contains("Het besluit is vastgelegd.");
        assertThat(ik.get("/termijnen").body()).doesNotContain(termijn);
    }
}
