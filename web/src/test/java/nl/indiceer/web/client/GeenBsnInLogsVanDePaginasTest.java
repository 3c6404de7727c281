package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The client pages, as {@link GeenBsnInLogsTest} does for the API: creating, a duplicate, invalid input, reading,
 * searching and turning a page of results leave no BSN and no client name in the log, with the application's, Spring
 * MVC's, Spring Security's and JDBC's loggers at DEBUG.
 */
@PaginaTest
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.context.TestPropertySource(properties = {
        "logging.level.nl.indiceer=DEBUG", "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.security=DEBUG", "logging.level.org.springframework.jdbc=DEBUG"})
class GeenBsnInLogsVanDePaginasTest {

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void geenBsnOfNaamInDeLogs(CapturedOutput uitvoer) {
        String gebruiker = Gebruikers.nieuw(app, "logs", Rol.CONSULENT, "0597");
        Browser b = Browser.op(poort).meldAan(gebruiker, Gebruikers.wachtwoord(gebruiker));
        String bsn = BsnTest.willekeurig();
        String naam = "Qwpaginalog Uniek";
        b.get("/clienten/nieuw");
        var gemaakt = b.post("/clienten/nieuw", Map.of("bsn", bsn, "naam", naam, "geboortedatum", "2001-02-03", "gemeentecode", "0597"));
        assertThat(gemaakt.statusCode()).isEqualTo(302);
        String pad = java.net.URI.create(gemaakt.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(b.get(pad).body()).contains(bsn);
        assertThat(b.post("/clienten/nieuw", Map.of("bsn", bsn, "naam", naam, "geboortedatum", "2001-02-03",
                "gemeentecode", "0597")).statusCode()).isEqualTo(409);
        b.post("/clienten/nieuw", Map.of("bsn", bsn.substring(0, 8) + "x", "naam", naam, "geboortedatum", "x", "gemeentecode", "0034"));
        for (int i = 0; i < Paginering.STANDAARD + 1; i++) {
            b.post("/clienten/nieuw", Map.of("bsn", BsnTest.willekeurig(), "naam", naam + " " + i, "geboortedatum", "2001-02-03",
                    "gemeentecode", "0597"));
        }
        b.get("/clienten");
        assertThat(b.post("/clienten/zoeken", Map.of("bsn", bsn)).body()).contains(naam);
        b.post("/clienten/zoeken", Map.of("bsn", bsn.substring(0, 8) + "0", "naam", naam, "geboortedatum", "2001-02-03"));
        assertThat(b.post("/clienten/zoeken", Map.of("naam", "qwpagina", "geboortedatum", "2001-02-03", "pagina", "1"))
                .body()).contains("pagina 2");

        assertThat(uitvoer.getAll()).as("the capture works: DEBUG lines of the requests are there")
                .contains("/clienten/zoeken").contains("insert into client");
        assertThat(uitvoer.getAll()).doesNotContain(bsn).doesNotContain(bsn.substring(0, 8)).doesNotContainIgnoringCase("qwpagina");
    }
}
