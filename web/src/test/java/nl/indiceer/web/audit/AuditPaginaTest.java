package nl.indiceer.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The audit trail on {@code /audit}: for the auditor only, newest first, paged, a table with a caption. */
@PaginaTest
class AuditPaginaTest {

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    Browser meldAan(Rol rol, String... gemeenten) {
        String naam = Gebruikers.nieuw(app, rol.name().toLowerCase(), rol, gemeenten);
        return Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
    }

    @Test
    void deAuditorZietDeNieuwsteRegelsEerstEnBladert() {
        String consulent = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser c = Browser.op(poort).meldAan(consulent, Gebruikers.wachtwoord(consulent));
        // More than a page of rows: 21 searches, then one read of a client that does not exist.
        for (int i = 0; i < 21; i++) {
            c.get("/clienten");
            c.post("/clienten/zoeken", Map.of("naam", "Niemand" + i));
        }
        c.get("/clienten/" + Long.MAX_VALUE);

        Browser auditor = meldAan(Rol.AUDITOR);
        var eerste = auditor.get("/audit");
        assertThat(eerste.statusCode()).isEqualTo(200);
        assertThat(eerste.body()).contains("<caption class=\"utrecht-table__caption\">Auditregels, pagina 1</caption>")
                .contains("scope=\"col\"").contains("href=\"/audit?pagina=1\"").doesNotContain(">Nieuwere regels<");
        // The newest row first: the read of the client that does not exist.
        int niet = eerste.body().indexOf("CLIENT_NIET_GEVONDEN");
        int gezocht = eerste.body().indexOf("CLIENT_GEZOCHT");
        assertThat(niet).isPositive().isLessThan(gezocht);
        assertThat(eerste.body()).contains(consulent).contains("client " + Long.MAX_VALUE);

        var tweede = auditor.get("/audit?pagina=1");
        assertThat(tweede.statusCode()).isEqualTo(200);
        assertThat(tweede.body()).contains("Auditregels, pagina 2").contains("href=\"/audit?pagina=0\"");
        assertThat(auditor.get("/audit?pagina=-1").statusCode()).isEqualTo(400);
        assertThat(auditor.get("/audit?pagina=veel").statusCode()).isEqualTo(400);
    }

    @Test
    void alleenDeAuditorZietHetAuditlogboek() {
        for (Rol rol : new Rol[] {Rol.CONSULENT, Rol.BACKOFFICE, Rol.BELEID, Rol.BEHEERDER}) {
            Browser b = meldAan(rol, "0034");
            assertThat(b.get("/audit").statusCode()).as(rol.name()).isEqualTo(403);
            assertThat(b.get("/").body()).doesNotContain("href=\"/audit\"");
        }
        assertThat(Browser.op(poort).get("/audit").statusCode()).isEqualTo(302);
    }
}
