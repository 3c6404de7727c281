package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Login, logout, session fixation, CSRF, throttling and roles on the pages, over real HTTP. */
@PaginaTest
class AanmeldPaginaTest {

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void zonderAanmeldingNaarDeAanmeldpagina() {
        var antwoord = Browser.op(poort).get("/");
        assertThat(antwoord.statusCode()).isEqualTo(302);
        assertThat(antwoord.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden");
    }

    @Test
    void deAanmeldpaginaHeeftGelabeldeVeldenEnEenCsrfToken() {
        var antwoord = Browser.op(poort).get("/aanmelden");
        assertThat(antwoord.statusCode()).isEqualTo(200);
        assertThat(antwoord.body()).contains("<html lang=\"nl\"").contains("<label class=\"utrecht-form-label\" for=\"gebruikersnaam\"")
                .contains("for=\"wachtwoord\"").contains("name=\"_csrf\"").contains("/nlds/index.css");
    }

    @Test
    void aanmeldenGeeftEenNieuweSessieEnDeOudeWerktNiet() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort);
        browser.get("/aanmelden");
        String voor = browser.sessie();
        assertThat(voor).isNotNull();
        browser.meldAan(naam, Gebruikers.wachtwoord(naam));
        String na = browser.sessie();
        assertThat(na).isNotNull().isNotEqualTo(voor);
        var start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Aangemeld als " + naam);

        // An attacker who planted the old session id gains nothing.
        var aanvaller = HttpClient.newHttpClient();
        var metOudeSessie = stuur(aanvaller, HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/account"))
                .header("Cookie", "INDICEER_SESSIE=" + voor).header("Accept", "text/html").build());
        assertThat(metOudeSessie.statusCode()).isEqualTo(302);
    }

    @Test
    void zonderCsrfTokenGeenAanmelding() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort);
        browser.get("/aanmelden");
        var antwoord = browser.post("/aanmelden", Map.of("gebruikersnaam", naam, "wachtwoord", Gebruikers.wachtwoord(naam), "_csrf", "vals"));
        assertThat(antwoord.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void naEenVerkeerdWachtwoordStaatDeGebruikersnaamErNog() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort);
        browser.get("/aanmelden");
        var fout = browser.post("/aanmelden", Map.of("gebruikersnaam", naam, "wachtwoord", "verkeerd-wachtwoord"));
        assertThat(fout.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden?fout").doesNotContain(naam);
        assertThat(browser.get("/aanmelden?fout").body()).containsPattern("id=\"gebruikersnaam\"[^>]*value=\"" + naam + "\"");
        // once: a later visit starts empty again
        assertThat(browser.get("/aanmelden?fout").body()).doesNotContain("value=\"" + naam + "\"");
        // another browser (another session) never sees it
        assertThat(Browser.op(poort).get("/aanmelden?fout").body()).doesNotContain(naam);
    }

    @Test
    void verkeerdWachtwoordEnDanTeVeelPogingen() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort);
        for (int i = 0; i < 10; i++) {
            browser.get("/aanmelden");
            var fout = browser.post("/aanmelden", Map.of("gebruikersnaam", naam, "wachtwoord", "fout-" + i));
            assertThat(fout.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden?fout");
        }
        assertThat(browser.get("/aanmelden?fout").body()).contains("klopt niet");
        browser.get("/aanmelden");
        var geweigerd = browser.post("/aanmelden", Map.of("gebruikersnaam", naam, "wachtwoord", Gebruikers.wachtwoord(naam)));
        assertThat(geweigerd.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden?teveel");
        assertThat(browser.get("/aanmelden?teveel").body()).contains("te vaak");
        // The same throttle holds for the API's token request.
        assertThat(app.getBean(Aanmeldcontrole.class)).isNotNull();
        assertThat(browser.get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void afmeldenBeeindigtDeSessie() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        String sessie = browser.sessie();
        var uit = browser.post("/afmelden", Map.of());
        assertThat(uit.statusCode()).isEqualTo(302);
        assertThat(uit.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden?afgemeld");
        var metOudeSessie = stuur(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/"))
                .header("Cookie", "INDICEER_SESSIE=" + sessie).header("Accept", "text/html").build());
        assertThat(metOudeSessie.statusCode()).isEqualTo(302);
    }

    @Test
    void afmeldenMetGetKanNiet() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        browser.get("/afmelden");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void eenHtmxVerzoekZonderSessieKrijgt401MetDoorverwijzing() {
        var antwoord = stuur(HttpClient.newHttpClient(), HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/clienten"))
                .header("HX-Request", "true").build());
        assertThat(antwoord.statusCode()).isEqualTo(401);
        assertThat(antwoord.headers().firstValue("HX-Redirect").orElseThrow()).endsWith("/aanmelden");
    }

    @Test
    void rollenBepalenWelkePaginasOpenGaan() {
        String auditor = Gebruikers.nieuw(app, "auditor", Rol.AUDITOR);
        Browser a = Browser.op(poort).meldAan(auditor, Gebruikers.wachtwoord(auditor));
        assertThat(a.get("/clienten").statusCode()).isEqualTo(403);
        assertThat(a.get("/aanvragen").statusCode()).isEqualTo(403);
        assertThat(a.get("/beheer/gebruikers").statusCode()).isEqualTo(403);
        assertThat(a.get("/account").statusCode()).isEqualTo(200);
        String beleid = Gebruikers.nieuw(app, "beleid", Rol.BELEID);
        Browser b = Browser.op(poort).meldAan(beleid, Gebruikers.wachtwoord(beleid));
        assertThat(b.get("/clienten").statusCode()).isEqualTo(403);
        assertThat(b.get("/audit").statusCode()).isEqualTo(403);
        var start = b.get("/");
        assertThat(start.body()).contains("/regelingen").doesNotContain("href=\"/clienten\"").doesNotContain("href=\"/audit\"");
    }

    @Test
    void eenFoutpaginaToontGeenTechniek() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        var antwoord = browser.get("/bestaat-niet");
        assertThat(antwoord.statusCode()).isEqualTo(404);
        assertThat(antwoord.body()).contains("Deze pagina bestaat niet").doesNotContain("Exception").doesNotContain("at nl.");
    }

    private static HttpResponse<String> stuur(HttpClient http, HttpRequest verzoek) {
        try {
            return http.send(verzoek, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
