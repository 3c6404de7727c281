package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The declaration pages over real HTTP: upload (errors at the field, the form kept), the report per line with the rule
 * and its reason, approval of the 325, the use on the client page; another municipality's declaration is 404 exactly
 * like one that does not exist, roles without access get 403, the auditor reads without approving; the folder pick-up
 * takes each file once.
 */
@PaginaTest
class DeclaratiePaginaTest {

    static final String URK = "0184";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void inlezenRapportGoedkeurenEnHetGebruikOpDeClientpagina() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-decl-pagina", Rol.BACKOFFICE, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-decl-pagina", Rol.BACKOFFICE, "0303");
        String auditor = Gebruikers.nieuw(app, "urk-decl-auditor", Rol.AUDITOR, URK);
        String beleid = Gebruikers.nieuw(app, "urk-decl-beleid", Rol.BELEID, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        long week = t.product().omvang().volume();
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), MAART, week);
        GedeclareerdePrestatie teVeel = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), week * 10);
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(goed, teVeel));

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        assertThat(ik.get("/declaraties").statusCode()).isEqualTo(200);
        assertThat(ik.get("/declaraties").body()).contains("Er is geen map voor declaraties ingesteld");

        // no file chosen: said at the field
        HttpResponse<String> leeg = ik.multipart("/declaraties", Map.of(), "bestand", "", new byte[0]);
        assertThat(leeg.statusCode()).isEqualTo(422);
        assertThat(leeg.body()).contains("id=\"ontvang-bestand-fout\"").contains("Kies een bestand met een declaratie.")
                .contains("aria-invalid=\"true\"").contains("aria-describedby=\"ontvang-bestand-uitleg ontvang-bestand-fout\"")
                .contains("role=\"alert\"");

        HttpResponse<String> ingelezen = ik.multipart("/declaraties", Map.of(), "bestand", "maart.xml", xml);
        assertThat(ingelezen.statusCode()).isEqualTo(302);
        String plek = ingelezen.headers().firstValue("Location").orElseThrow();
        String pad = plek.substring(plek.indexOf("/declaraties/"));
        String rapport = ik.get(pad).body();
        assertThat(rapport).contains("2 prestaties: 1 goedgekeurd, 1 afgekeurd").contains("Goedgekeurd").contains("Afgekeurd")
                .contains("in deze productperiode mag ten hoogste").contains("(TR321)").contains("OP090x4")
                .contains("id=\"goedkeuren-knop\"");

        // scoping and roles
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        HttpResponse<String> vreemd = ander.get(pad);
        assertThat(vreemd.statusCode()).isEqualTo(404).isEqualTo(ander.get("/declaraties/" + Long.MAX_VALUE).statusCode());
        assertThat(vreemd.body()).doesNotContain(t.bsn());
        assertThat(ander.get("/declaraties").body()).doesNotContain("href=\"" + pad + "\"");
        ander.get("/declaraties");
        assertThat(ander.post(pad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(404);
        Browser audit = Browser.op(poort).meldAan(auditor, Gebruikers.wachtwoord(auditor));
        assertThat(audit.get(pad).body()).contains("(TR321)").doesNotContain("id=\"goedkeuren-knop\"");
        assertThat(audit.post(pad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(403);
        assertThat(Browser.op(poort).meldAan(beleid, Gebruikers.wachtwoord(beleid)).get("/declaraties").statusCode()).isEqualTo(403);

        // before approval the client page counts the approved line already (it is what the check counts against)
        ik.get(pad);
        assertThat(ik.post(pad + "/goedkeuring", Map.of()).statusCode()).isEqualTo(302);
        assertThat(ik.get(pad).body()).contains("Het antwoord (bericht 325) staat in de uitbox.").doesNotContain("id=\"goedkeuren-knop\"");
        assertThat(ik.get("/berichten").body()).contains("JW325");

        String clientpagina = ik.get("/clienten/" + t.clientId()).body();
        assertThat(clientpagina).contains("Gebruik van de toewijzingen").contains("data-testid=\"gebruik-" + t.nummer() + "\"");
        long minuten = "04".equals(goed.eenheid()) ? week * 60 : week;
        assertThat(clientpagina).contains(minuten + " minuten");
    }

    @Test
    void zonderMapZegtDeKnopDatErGeenIsEnMetMapWordtElkBestandEenKeerIngelezen(@TempDir Path map) throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-decl-map", Rol.BACKOFFICE, URK);
        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        HttpResponse<String> zonder = ik.post("/declaraties/ophalen", Map.of());
        assertThat(zonder.statusCode()).isEqualTo(409);
        assertThat(zonder.body()).contains("id=\"map-fout\"").contains("indiceer.declaraties.map");

        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        Files.write(map.resolve("a.xml"), Declaraties.bericht(URK, Declaraties.uniek("D"),
                List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1))));
        Files.write(map.resolve("b.xml"), Declaraties.bericht("0303", Declaraties.uniek("D"),
                List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1))));
        Files.writeString(map.resolve("c.xml"), "<kapot");
        Declaratiemap ophalen = new Declaratiemap(map.toString(), app.getBean(DeclaratieDienst.class),
                app.getBean(Declaratiegrootte.class));
        Medewerker wie = new Medewerker(urk, Set.of(URK));
        List<Declaratiemap.Uitkomst> eerste = ophalen.haalOp(wie);
        assertThat(eerste).extracting(Declaratiemap.Uitkomst::bestand).containsExactly("a.xml", "b.xml", "c.xml");
        assertThat(eerste.get(0).declaratie().status()).isEqualTo(Declaratiestatus.GECONTROLEERD);
        assertThat(eerste.get(0).declaratie().bestand()).isEqualTo("a.xml");
        assertThat(eerste.get(1).overgeslagen()).isEqualTo("andere-gemeente");
        // a user of one municipality: an unreadable file is stored rejected under it, with its line
        assertThat(eerste.get(2).declaratie().status()).isEqualTo(Declaratiestatus.AFGEKEURD);
        assertThat(eerste.get(2).declaratie().reden()).startsWith("regel 1: ");
        assertThat(Files.exists(map.resolve("verwerkt/a.xml"))).isTrue();
        assertThat(Files.exists(map.resolve("b.xml"))).as("left for Dronten").isTrue();

        List<Declaratiemap.Uitkomst> tweede = ophalen.haalOp(wie);
        assertThat(tweede).extracting(Declaratiemap.Uitkomst::bestand).containsExactly("b.xml");
    }
}
