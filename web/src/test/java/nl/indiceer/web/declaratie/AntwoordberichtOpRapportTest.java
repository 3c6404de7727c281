package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * Once approved, a declaration's report links to its 325 in the outbox with the 325's current status; the 325's page
 * shows the rejected prestatie with its retourcode in Dutch (code list WJ001 from the configured iStandaarden folder) and
 * the XML folded away. Another municipality's user gets 404 for both pages, exactly like for ones that do not exist.
 */
@PaginaTest
class AntwoordberichtOpRapportTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void hetRapportLinktNaDeGoedkeuringNaarDe325MetHaarStatus() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-325-link", Rol.BACKOFFICE, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-325-link", Rol.BACKOFFICE, "0303");
        String auditor = Gebruikers.nieuw(app, "urk-325-auditor", Rol.AUDITOR, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        long week = t.product().omvang().volume();
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, week);
        GedeclareerdePrestatie teVeel = t.prestatie(Declaraties.uniek("R"), Declaraties.MAART.plusMonths(1), week * 10);
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(goed, teVeel));

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        HttpResponse<String> ingelezen = ik.multipart("/declaraties", Map.of(), "bestand", "april.xml", xml);
        String plek = ingelezen.headers().firstValue("Location").orElseThrow();
        String rapportpad = plek.substring(plek.indexOf("/declaraties/"));
        long declaratie = Long.parseLong(rapportpad.substring("/declaraties/".length()));
        assertThat(ik.get(rapportpad).body()).doesNotContain("id=\"antwoordbericht\"");

        assertThat(ik.post(rapportpad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(302);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long bericht = jdbc.sql("select id from uitgaand_bericht where declaratie_id = ?").params(declaratie)
                .query(Long.class).single();
        String identificatie = jdbc.sql("select identificatie from uitgaand_bericht where id = ?").params(bericht)
                .query(String.class).single();
        String berichtpad = "/berichten/uitgaand/" + bericht;

        // the status shown is the 325's own, as it stands now
        jdbc.sql("update uitgaand_bericht set status = 'VERZONDEN' where id = ?").params(bericht).update();
        String rapport = ik.get(rapportpad).body();
        assertThat(rapport).contains("id=\"antwoordbericht-link\" href=\"" + berichtpad + "\"")
                .contains("JW325 nummer " + identificatie).contains("(status: Verzonden (in de uitbox))");
        jdbc.sql("update uitgaand_bericht set status = 'AANGEMAAKT' where id = ?").params(bericht).update();
        assertThat(ik.get(rapportpad).body()).contains("(status: Aangemaakt, nog niet in de uitbox)");

        // the 325's page: the rejected prestatie, its code with the meaning from WJ001 (line 79), the XML folded away
        HttpResponse<String> pagina = ik.get(berichtpad);
        assertThat(pagina.statusCode()).isEqualTo(200);
        String inhoud = pagina.body();
        assertThat(inhoud).contains("id=\"afgewezen\"").contains("data-referentie=\"" + teVeel.referentieNummer() + "\"")
                .contains("9321: Het ingediende volume overschrijdt het toegewezen volume.")
                .contains("<details id=\"xml-details\">").contains("&lt;jw325:Bericht")
                .contains("Afgewezen prestaties per cliënt, met de retourcodes (1)");
        assertThat(rij(inhoud, teVeel.referentieNummer())).contains(t.bsn()).contains(Long.toString(t.nummer()));
        assertThat(inhoud).doesNotContain("data-referentie=\"" + goed.referentieNummer() + "\"");

        // another municipality: 404 for the report and for the 325, exactly like ones that do not exist
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        HttpResponse<String> vreemdBericht = ander.get(berichtpad);
        assertThat(vreemdBericht.statusCode()).isEqualTo(404)
                .isEqualTo(ander.get("/berichten/uitgaand/" + Long.MAX_VALUE).statusCode());
        assertThat(vreemdBericht.body()).doesNotContain(t.bsn()).doesNotContain(identificatie + "</");
        assertThat(ander.get(rapportpad).statusCode()).isEqualTo(404);

        // the auditor may read the report but not the messages: the status without a link that would give 403
        Browser audit = Browser.op(poort).meldAan(auditor, Gebruikers.wachtwoord(auditor));
        String gezien = audit.get(rapportpad).body();
        assertThat(gezien).contains("JW325 nummer " + identificatie).contains("(status: Aangemaakt, nog niet in de uitbox)")
                .doesNotContain("id=\"antwoordbericht-link\"");
        assertThat(audit.get(berichtpad).statusCode()).isEqualTo(403);
    }

    private static String rij(String html, String referentie) {
        Matcher m = Pattern.compile("(?s)<tr[^>]*data-referentie=\"" + Pattern.quote(referentie) + "\"[^>]*>(.*?)</tr>")
                .matcher(html);
        assertThat(m.find()).as("rij van " + referentie).isTrue();
        return m.group(1);
    }

    @Test
    void eenVolledigGoedgekeurdeDeclaratieHeeftEen325ZonderTabel() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-325-8001", Rol.BACKOFFICE, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, 1);
        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        String plek = ik.multipart("/declaraties", Map.of(), "bestand", "maart.xml",
                Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(goed))).headers().firstValue("Location").orElseThrow();
        String rapportpad = plek.substring(plek.indexOf("/declaraties/"));
        ik.get(rapportpad);
        assertThat(ik.post(rapportpad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(302);
        Matcher link = Pattern.compile("id=\"antwoordbericht-link\" href=\"(/berichten/uitgaand/[0-9]+)\"")
                .matcher(ik.get(rapportpad).body());
        assertThat(link.find()).isTrue();
        String pagina = ik.get(link.group(1)).body();
        assertThat(pagina).contains("Alle prestaties van deze declaratie zijn goedgekeurd (retourcode 8001).")
                .doesNotContain("id=\"afgewezen\"").contains("<details id=\"xml-details\">");
    }
}
