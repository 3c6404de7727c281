package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Clientkern;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.StartProduct;
import nl.indiceer.berichten.Startbericht;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Berichtschrijver;
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
 * The messages pages over real HTTP: another municipality's message is 404 exactly like one that does not exist (both
 * directions), roles without access get 403, a pasted 305 is registered and shown on the client page, and a 315 of a
 * known client puts its answer deadline (OP274) on the deadlines list.
 */
@PaginaTest
class BerichtenPaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void scopingRollenEnEenStartberichtOpDeClientpagina() {
        String urk = Gebruikers.nieuw(app, "urk-pagina", Rol.CONSULENT, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-pagina", Rol.CONSULENT, "0303");
        String beleid = Gebruikers.nieuw(app, "urk-beleid-pagina", Rol.BELEID, URK);
        Medewerker wie = new Medewerker(urk, Set.of(URK));
        String bsn = Verzoeken.bsn();
        long client = app.getBean(ClientOpslag.class).voegToe(bsn, "Sam Bakker", LocalDate.of(2013, 5, 1), URK,
                new Adres("Wijk 3 1", "8321 AC", "Urk"));
        LocalDate begin = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusWeeks(1);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "aanbieder": "23456789", "financiering": "ZIN",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}"""
                .formatted(begin, begin, begin.plusMonths(2));
        long aanvraag = app.getBean(AanvraagDienst.class).maak(wie, client, invoer, Aanvraagstatus.INGEDIEND).id();
        var besluit = app.getBean(BeschikkingDienst.class).besluit(wie, new Besluitverzoek(aanvraag, null, null, null,
                Map.of(0, new Regelkeuze(new Regelbesluit.Toekenning("Afgestemd."), "Nodig.", null))));
        long beschikking = besluit.id();
        String verwacht = "termijn-" + besluit.kenmerk() + "/0-STARTBERICHT_VERWACHT";
        UitgaandBericht uit = app.getBean(UitboxOpslag.class).vanBeschikking(beschikking).get(0);

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        assertThat(ik.get("/berichten").statusCode()).isEqualTo(200);
        assertThat(ik.get("/berichten/uitgaand/" + uit.id()).statusCode()).isEqualTo(200);
        HttpResponse<String> vreemd = ander.get("/berichten/uitgaand/" + uit.id());
        HttpResponse<String> bestaatNiet = ander.get("/berichten/uitgaand/" + Long.MAX_VALUE);
        assertThat(vreemd.statusCode()).isEqualTo(404).isEqualTo(bestaatNiet.statusCode());
        assertThat(vreemd.body()).doesNotContain(bsn).doesNotContain("Bakker");
        assertThat(ander.get("/berichten").body()).doesNotContain("/berichten/uitgaand/" + uit.id() + "\"");
        assertThat(Browser.op(poort).meldAan(beleid, Gebruikers.wachtwoord(beleid)).get("/berichten").statusCode()).isEqualTo(403);

        assertThat(ik.get("/termijnen").body()).contains(verwacht);

        // the provider's 305, pasted: registered against the allocation, shown on the client page
        Toewijzingsbericht t;
        try {
            t = (Toewijzingsbericht) Berichtlezer.lees(uit.inhoud());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        var p = t.producten().get(0);
        Startbericht start = new Startbericht(new Header(Berichtsoort.JW305, "23456789", URK, "305000000002", begin,
                Header.XsdVersie.RELEASE_3_2), new Clientkern(bsn, Geboortedatum.van(LocalDate.of(2013, 5, 1)), "2",
                new Naam(new Achternaam("Bakker", null), null, null, "S", null)),
                List.of(new StartProduct(p.toewijzingNummer(), p.product(), p.ingangsdatum(), begin, "1")));
        ik.get("/berichten");
        HttpResponse<String> ontvangen = ik.post("/berichten", Map.of("xml",
                new String(Berichtschrijver.schrijf(start), StandardCharsets.UTF_8)));
        assertThat(ontvangen.statusCode()).isEqualTo(302);
        String plek = ontvangen.headers().firstValue("Location").orElseThrow();
        String pad = plek.substring(plek.indexOf("/berichten/inkomend/"));
        assertThat(ik.get(pad).body()).contains("Dit bericht is verwerkt.");
        assertThat(ander.get(pad).statusCode()).isEqualTo(404);
        String clientpagina = ik.get("/clienten/" + client).body();
        assertThat(clientpagina).contains("Berichten van aanbieders").contains("JW305 nummer 305000000002")
                .contains(Long.toString(p.toewijzingNummer()));
        // the 305 came: no longer expected on the deadlines list
        assertThat(ik.get("/termijnen").body()).doesNotContain(verwacht);
    }
}
