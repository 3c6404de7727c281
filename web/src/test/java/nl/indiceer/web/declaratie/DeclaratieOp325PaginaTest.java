package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The 325's page links back to the report of the declaration it answers; only the 325 gets that link (not the 301 of
 * the same client), only for the roles that may open the report (a consulent would get 403), and another municipality's
 * user still gets 404 for the 325's page, exactly like for one that does not exist.
 */
@PaginaTest
class DeclaratieOp325PaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void de325LinktNaarHetRapportVanDeDeclaratie() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-325-terug", Rol.BACKOFFICE, URK);
        String consulent = Gebruikers.nieuw(app, "urk-325-terug-cons", Rol.CONSULENT, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-325-terug", Rol.BACKOFFICE, "0303");
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        GedeclareerdePrestatie p = t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, t.product().omvang().volume());
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(p));

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        HttpResponse<String> ingelezen = ik.multipart("/declaraties", Map.of(), "bestand", "maart.xml", xml);
        String plek = ingelezen.headers().firstValue("Location").orElseThrow();
        String rapportpad = plek.substring(plek.indexOf("/declaraties/"));
        long declaratie = Long.parseLong(rapportpad.substring("/declaraties/".length()));
        ik.get(rapportpad);
        assertThat(ik.post(rapportpad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(302);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long bericht = jdbc.sql("select id from uitgaand_bericht where declaratie_id = ?").params(declaratie)
                .query(Long.class).single();
        String berichtpad = "/berichten/uitgaand/" + bericht;

        HttpResponse<String> pagina = ik.get(berichtpad);
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("id=\"naar-declaratie\" href=\"" + rapportpad + "\"")
                .contains("Bekijk de controle van de declaratie waarop dit bericht het antwoord is");
        assertThat(ik.get(rapportpad).statusCode()).isEqualTo(200);

        // the 301 of the same client answers no declaration
        long toewijzing = jdbc.sql("select id from uitgaand_bericht where client_id = ? and soort like '%301'")
                .params(t.clientId()).query(Long.class).list().get(0);
        assertThat(ik.get("/berichten/uitgaand/" + toewijzing).body()).doesNotContain("id=\"naar-declaratie\"");

        // a consulent sees the 325 but may not open /declaraties: no link that would give 403
        Browser cons = Browser.op(poort).meldAan(consulent, Gebruikers.wachtwoord(consulent));
        HttpResponse<String> gezien = cons.get(berichtpad);
        assertThat(gezien.statusCode()).isEqualTo(200);
        assertThat(gezien.body()).contains("id=\"declaratieantwoord\"").doesNotContain("id=\"naar-declaratie\"");

        // another municipality: 404 like a message that does not exist, and nothing of the link
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        HttpResponse<String> vreemd = ander.get(berichtpad);
        assertThat(vreemd.statusCode()).isEqualTo(404)
                .isEqualTo(ander.get("/berichten/uitgaand/" + Long.MAX_VALUE).statusCode());
        assertThat(vreemd.body()).doesNotContain("naar-declaratie").doesNotContain(rapportpad + "\"");
        assertThat(ander.get(rapportpad).statusCode()).isEqualTo(404);
    }
}
