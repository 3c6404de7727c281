package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
 * A 323 uploaded on the page that turns out cut off halfway: the report page says in Dutch that it was refused as a
 * whole, with the line (an alert), offers no approval, and nothing of it is stored but the bytes and the reason; approving
 * it anyway is a Dutch 409 page, not a stack trace.
 */
@PaginaTest
class AfgekeurdeDeclaratiePaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenAfgebroken323ToontDeWeigeringMetDeRegel() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-decl-kapot", Rol.BACKOFFICE, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        LocalDate maart = LocalDate.of(2025, 3, 1);
        String heel = new String(Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(
                t.prestatie(Declaraties.uniek("R"), maart, 1), t.prestatie(Declaraties.uniek("R"), maart.plusMonths(1), 1))),
                StandardCharsets.UTF_8);
        // the first prestatie is complete and checked before the end turns out to be missing
        byte[] kapot = heel.substring(0, heel.lastIndexOf("<jw323:Prestatie>")).getBytes(StandardCharsets.UTF_8);
        long voor = jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single();

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        ik.get("/declaraties");
        HttpResponse<String> ingelezen = ik.multipart("/declaraties", Map.of(), "bestand", "kapot.xml", kapot);
        assertThat(ingelezen.statusCode()).isEqualTo(302);
        String plek = ingelezen.headers().firstValue("Location").orElseThrow();
        String pad = plek.substring(plek.indexOf("/declaraties/"));
        long id = Long.parseLong(pad.substring("/declaraties/".length()));

        String rapport = ik.get(pad).body();
        assertThat(rapport).contains("id=\"afgekeurd\"").contains("role=\"alert\"")
                .contains("is als geheel afgekeurd").containsPattern("id=\"afgekeurd-reden\">regel \\d+: ")
                .doesNotContain("id=\"goedkeuren-knop\"").doesNotContain("Exception");
        assertThat(jdbc.sql("select status from declaratie where id = ?").params(id).query(String.class).single())
                .isEqualTo("AFGEKEURD");
        assertThat(jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single()).isEqualTo(voor);

        HttpResponse<String> toch = ik.post(pad + "/goedkeuring", Map.of());
        assertThat(toch.statusCode()).isEqualTo(409);
        assertThat(toch.body()).contains("lang=\"nl\"").doesNotContain("Exception").doesNotContain("at nl.indiceer");
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where declaratie_id = ?").params(id).query(Long.class).single())
                .isZero();
    }
}
