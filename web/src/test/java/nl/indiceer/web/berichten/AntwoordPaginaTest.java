package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.berichten.Antwoordbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Refusing a 315 on its page over real HTTP: the reason missing is said at the field (422, what was typed kept), a
 * refusal makes the 319 and the page says the request is answered; another municipality gets 404 for the page and the
 * form; a retour's codes are shown on the outgoing message's page with their meaning or "betekenis niet beschikbaar".
 */
@PaginaTest
class AntwoordPaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void afwijzenOpDePaginaEnDeRetourOpHetUitgaandeBericht() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-antw-pagina", Rol.CONSULENT, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-antw-pagina", Rol.CONSULENT, "0303");
        String bsn = Verzoeken.bsn();
        app.getBean(ClientOpslag.class).voegToe(bsn, "Anna van Dijk", LocalDate.of(2013, 5, 1), URK,
                new Adres("Wijk 2 7", "8321 AB", "Urk"));
        var o = app.getBean(InkomendeBerichtenDienst.class).ontvang(new Medewerker(urk, Set.of(URK)), URK,
                Verzoekberichten.jw315(bsn, URK, "42420001", "315000000091", "45F02", "45F01"));
        assertThat(o.meldingen()).isEmpty();
        long id = o.bericht().id();
        String pad = "/berichten/inkomend/" + id;

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        String pagina = ik.get(pad).body();
        assertThat(pagina).contains("Antwoord aan de aanbieder").contains("id=\"afwijzing-reden\"")
                .contains("Product met referentie R2").contains("3 – Geen contract");

        // another municipality: the page and the form answer 404 like a message that does not exist
        assertThat(ander.get(pad).statusCode()).isEqualTo(404);
        ander.get("/berichten");
        HttpResponse<String> vreemd = ander.post(pad + "/afwijzing", Map.of("reden", "7"));
        HttpResponse<String> bestaatNiet = ander.post("/berichten/inkomend/" + Long.MAX_VALUE + "/afwijzing", Map.of("reden", "7"));
        assertThat(vreemd.statusCode()).isEqualTo(404).isEqualTo(bestaatNiet.statusCode());
        assertThat(vreemd.body()).doesNotContain(bsn).doesNotContain("Dijk");

        // no reason: at the field, the chosen product kept
        ik.get(pad);
        HttpResponse<String> zonder = ik.post(pad + "/afwijzing", Map.of("reden", "", "referentie", "R2", "gemeente", ""));
        assertThat(zonder.statusCode()).isEqualTo(422);
        assertThat(zonder.body()).contains("id=\"afwijzing-reden-fout\"").contains("Kies een reden van afwijzing.")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"afwijzing-reden-fout\"")
                .contains("<option value=\"R2\" selected=\"selected\"");
        // a municipality without reason 8: at its field, what was typed kept
        HttpResponse<String> gemeente = ik.post(pad + "/afwijzing", Map.of("reden", "7", "referentie", "R2", "gemeente", "0034"));
        assertThat(gemeente.statusCode()).isEqualTo(422);
        assertThat(gemeente.body()).contains("id=\"afwijzing-gemeente-fout\"").contains("value=\"0034\"");

        // refuse R2 (reason 4): one 319, R1 still open
        HttpResponse<String> af = ik.post(pad + "/afwijzing", Map.of("reden", "4", "referentie", "R2", "gemeente", ""));
        assertThat(af.statusCode()).isEqualTo(302);
        String na = ik.get(pad).body();
        assertThat(na).contains("Beantwoord met JW319").doesNotContain("Product met referentie R2").contains("id=\"afwijzen\"");
        UitboxOpslag uitbox = app.getBean(UitboxOpslag.class);
        List<UitgaandBericht> antwoorden = uitbox.antwoordenOp(id, Set.of(URK));
        assertThat(antwoorden).hasSize(1);
        Antwoordbericht a = (Antwoordbericht) Berichtlezer.lees(antwoorden.get(0).inhoud());
        assertThat(a.referentieAanbieder()).isEqualTo("R2");
        assertThat(a.redenAfwijzingVerzoek()).isEqualTo("4");
        // the rest: answered, no form any more
        assertThat(ik.post(pad + "/afwijzing", Map.of("reden", "7", "gemeente", "")).statusCode()).isEqualTo(302);
        assertThat(ik.get(pad).body()).contains("Dit verzoek is beantwoord met een 319").doesNotContain("id=\"afwijzen\"");
        assertThat(ik.get("/berichten").body()).contains("Beantwoord met een 319");

        // the provider returns the second 319 with a refusing code: shown on its page with the code
        UitgaandBericht tweede = uitbox.antwoordenOp(id, Set.of(URK)).get(1);
        app.getBean(Uitbox.class).schrijfOpenstaande();
        String retour = AntwoordenTest.retour(nl.indiceer.berichten.Berichtsoort.JW320, tweede.identificatie(), "42420001",
                List.of("0200", "9365", "9355"));
        var r = app.getBean(InkomendeBerichtenDienst.class).ontvang(new Medewerker(urk, Set.of(URK)), null,
                retour.getBytes(StandardCharsets.UTF_8));
        assertThat(r.meldingen()).isEmpty();
        String uitgaand = ik.get("/berichten/uitgaand/" + tweede.id()).body();
        assertThat(uitgaand).contains("id=\"retourcodes\"").contains("9365").contains("Afgekeurd")
                .contains("betekenis niet beschikbaar") // 9355: in the XSD, not in this copy of WJ001
                .contains("/berichten/inkomend/" + id);
        if (nl.indiceer.berichten.xml.Schemacontrole.ingesteldeMap() != null) {
            assertThat(uitgaand).contains("Er is al een antwoordbericht met dezelfde ReferentieAanbieder");
        }
        assertThat(ander.get("/berichten/uitgaand/" + tweede.id()).statusCode()).isEqualTo(404);
        String retourpagina = ik.get("/berichten/inkomend/" + r.bericht().id()).body();
        assertThat(retourpagina).contains("/berichten/uitgaand/" + tweede.id());
    }
}
