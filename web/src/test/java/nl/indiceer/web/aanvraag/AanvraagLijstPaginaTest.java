package nl.indiceer.web.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** The list of aanvragen: filters on status, municipality and consultant, keyset paging, wrong filters at their field. */
@PaginaTest
class AanvraagLijstPaginaTest {

    private static final Pattern VOLGENDE = Pattern.compile("id=\"volgende-pagina\"[^>]*href=\"([^\"]+)\"|href=\"([^\"]+)\"[^>]*id=\"volgende-pagina\"");
    private static final Pattern RIJ = Pattern.compile("data-testid=\"aanvraag-rij-(\\d+)\"");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    long client(String gemeente) {
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        return app.getBean(ClientOpslag.class).voegToe(bsn, "Lijst Testpersoon", LocalDate.of(2013, 4, 12), gemeente);
    }

    static String voorbeeld() throws Exception {
        return Files.readString(Path.of(System.getProperty("indiceer.root", "..")).resolve("docs/voorbeelden/000-maand-voorbeeld-1.json"));
    }

    static List<Long> rijen(String html) {
        List<Long> ids = new ArrayList<>();
        Matcher m = RIJ.matcher(html);
        while (m.find()) {
            ids.add(Long.parseLong(m.group(1)));
        }
        return ids;
    }

    @Test
    void filtersEnBladeren() throws Exception {
        String naam = Gebruikers.nieuw(app, "lijst", Rol.CONSULENT, "0034", "0995");
        Medewerker ik = new Medewerker(naam, Set.of("0034", "0995"));
        AanvraagDienst dienst = app.getBean(AanvraagDienst.class);
        long almere = client("0034");
        long lelystad = client("0995");
        List<Long> gemaakt = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            gemaakt.add(dienst.maak(ik, i % 2 == 0 ? almere : lelystad, voorbeeld(),
                    i < 3 ? Aanvraagstatus.INGEDIEND : Aanvraagstatus.CONCEPT).id());
        }
        List<Long> nieuwsteEerst = new ArrayList<>(gemaakt);
        java.util.Collections.reverse(nieuwsteEerst);
        Browser b = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));

        HttpResponse<String> eerste = b.get("/aanvragen?consulent=" + naam);
        assertThat(eerste.statusCode()).isEqualTo(200);
        List<Long> pagina1 = rijen(eerste.body());
        assertThat(pagina1).hasSize(20).containsExactlyElementsOf(nieuwsteEerst.subList(0, 20));
        assertThat(eerste.body()).contains("id=\"filter-consulent\"").contains("Almere").contains("Lelystad")
                .contains("href=\"/aanvragen/" + gemaakt.get(22) + "\"").contains("Concept").contains("Fouten: 0");
        Matcher volgende = VOLGENDE.matcher(eerste.body());
        assertThat(volgende.find()).as("a next page").isTrue();
        String link = (volgende.group(1) != null ? volgende.group(1) : volgende.group(2)).replace("&amp;", "&");
        assertThat(link).contains("consulent=" + naam).contains("na=");
        HttpResponse<String> tweede = b.get(link);
        assertThat(rijen(tweede.body())).containsExactlyElementsOf(nieuwsteEerst.subList(20, 23));
        assertThat(tweede.body()).doesNotContain("id=\"volgende-pagina\"").contains("id=\"eerste-pagina\"");

        assertThat(rijen(b.get("/aanvragen?consulent=" + naam + "&status=INGEDIEND").body()))
                .containsExactlyInAnyOrderElementsOf(gemaakt.subList(0, 3));
        List<Long> lelystadRijen = rijen(b.get("/aanvragen?consulent=" + naam + "&gemeente=0995").body());
        assertThat(lelystadRijen).hasSize(11).allMatch(id -> gemaakt.indexOf(id) % 2 == 1);
    }

    @Test
    void verkeerdeFiltersKrijgenEenMeldingBijHetVeld() {
        String naam = Gebruikers.nieuw(app, "lijst", Rol.CONSULENT, "0034");
        Browser b = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        HttpResponse<String> andere = b.get("/aanvragen?gemeente=0303");
        assertThat(andere.statusCode()).isEqualTo(422);
        assertThat(andere.body()).contains("id=\"filter-gemeente-fout\"").contains("Kies een van uw eigen gemeenten.")
                .contains("aria-describedby=\"filter-gemeente-fout\"");
        HttpResponse<String> consulent = b.get("/aanvragen?consulent=Iemand%20Anders&status=OPEN");
        assertThat(consulent.statusCode()).isEqualTo(422);
        assertThat(consulent.body()).contains("id=\"filter-consulent-fout\"").contains("id=\"filter-status-fout\"")
                .contains("value=\"Iemand Anders\"");
        HttpResponse<String> cursor = b.get("/aanvragen?na=onzin");
        assertThat(cursor.statusCode()).isEqualTo(200);
        assertThat(cursor.body()).contains("id=\"cursor-ongeldig\"");
    }

    /** The fragment the client page includes ({@code ~{aanvraag/lijst :: voorClient}}) with its model attributes. */
    @Test
    void fragmentVoorDeClientpagina() throws Exception {
        String naam = Gebruikers.nieuw(app, "lijst", Rol.CONSULENT, "0034");
        Medewerker ik = new Medewerker(naam, Set.of("0034"));
        long c = client("0034");
        AanvraagDienst dienst = app.getBean(AanvraagDienst.class);
        long id = dienst.maak(ik, c, voorbeeld(), Aanvraagstatus.CONCEPT).id();
        AanvraagDienst.Pagina pagina = dienst.vanClient(ik, c, null, 20);

        var engine = app.getBean(org.thymeleaf.spring6.SpringTemplateEngine.class);
        var verzoek = new org.springframework.mock.web.MockHttpServletRequest("GET", "/clienten/" + c);
        var antwoord = new org.springframework.mock.web.MockHttpServletResponse();
        var web = org.thymeleaf.web.servlet.JakartaServletWebApplication.buildApplication(verzoek.getServletContext());
        var context = new org.thymeleaf.context.WebContext(web.buildExchange(verzoek, antwoord), java.util.Locale.forLanguageTag("nl"));
        context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(app, null));
        context.setVariable("client", new Object() {
            public long id() {
                return c;
            }
        });
        for (Object aanvragen : List.of(pagina, pagina.aanvragen())) {
            context.setVariable("aanvragen", aanvragen);
            String html = engine.process("aanvraag/lijst", Set.of("voorClient"), context);
            assertThat(html).contains("id=\"client-aanvragen\"").contains("id=\"client-aanvragen-tabel\"")
                    .contains("href=\"/aanvragen/" + id + "\"").contains("href=\"/aanvragen/nieuw?client=" + c + "\"")
                    .contains("Concept").doesNotContain("<html");
        }
        context.setVariable("aanvragen", List.of());
        assertThat(engine.process("aanvraag/lijst", Set.of("voorClient"), context)).contains("id=\"client-aanvragen-tabel-leeg\"");
    }
}
