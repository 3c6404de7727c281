package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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

/**
 * Uploading a 323 with its leveringsspecificatie on /declaraties over real HTTP: the report shows the region's reason
 * with its bron; an unreadable specification is said at its field (line and column), with the form's summary, and
 * nothing is read in.
 */
@PaginaTest
class LeveringsspecificatiePaginaTest {

    static final String URK = "0184";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void inlezenMetSpecificatie() throws Exception {
        String urk = Gebruikers.nieuw(app, "urk-spec-pagina", Rol.BACKOFFICE, URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(app, urk, URK);
        long u = t.product().omvang().eenheid().equals("01") ? 60 : 1;
        GedeclareerdePrestatie p = t.prestatie(Declaraties.uniek("R"), MAART, u);
        String nummer = Declaraties.uniek("D");
        byte[] xml = Declaraties.bericht(URK, nummer, List.of(p));
        String kop = "soort;referentienummer;toewijzingnummer;datum;status;volume;bij_client_thuis;reistijd;groep_duur;"
                + "hulpverleners;aanwezigen;afwezig_vanaf;afwezig_tot_en_met;aandeel_afwezig\n";
        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        String pagina = ik.get("/declaraties").body();
        assertThat(pagina).contains("<label class=\"utrecht-form-label\" for=\"ontvang-specificatie\">")
                .contains("id=\"ontvang-specificatie\" name=\"specificatie\"");

        byte[] slecht = (kop + "AFSPRAAK;" + p.referentieNummer() + ";" + t.nummer() + ";2025-03-04;ZIEK;" + u + ";;;;;;;;\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> fout = ik.multipart("/declaraties", Map.of(), List.of(Map.entry("bestand", Map.entry("d.xml", xml)),
                Map.entry("specificatie", Map.entry("d.csv", slecht))));
        assertThat(fout.statusCode()).isEqualTo(422);
        assertThat(fout.body()).contains("id=\"ontvang-specificatie-fout\"").contains("De leveringsspecificatie is niet te lezen.")
                .contains("regel 2, kolom status: GELEVERD, NO_SHOW of GEPLANDE_AFWEZIGHEID, niet &#39;ZIEK&#39;")
                .contains("aria-describedby=\"ontvang-specificatie-uitleg ontvang-specificatie-fout\"")
                .contains("id=\"ontvang-samenvatting\"").contains("role=\"alert\"");
        // nothing stored: the same 323 (same DeclaratieNummer) is read in afterwards, not refused as already received
        assertThat(app.getBean(DeclaratieOpslag.class).eerdereMetNummer(URK, nl.indiceer.web.berichten.Besluiten.AGB, nummer))
                .isEmpty();

        byte[] goed = (kop + "AFSPRAAK;" + p.referentieNummer() + ";" + t.nummer() + ";2025-03-04;NO_SHOW;" + u + ";;;;;;;;\n")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> ingelezen = ik.multipart("/declaraties", Map.of(), List.of(
                Map.entry("bestand", Map.entry("d.xml", xml)), Map.entry("specificatie", Map.entry("d.csv", goed))));
        assertThat(ingelezen.statusCode()).as(ingelezen.body()).isEqualTo(302);
        String plek = ingelezen.headers().firstValue("Location").orElseThrow();
        String rapport = ik.get(plek.substring(plek.indexOf("/declaraties/"))).body();
        assertThat(rapport).contains("1 prestaties: 0 goedgekeurd, 1 afgekeurd")
                .contains("No-show op 04-03-2025 is bij dit product niet declarabel").contains("(002:631-633, 663-665)");
    }
}
