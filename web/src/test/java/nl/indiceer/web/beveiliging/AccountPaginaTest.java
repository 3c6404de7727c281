package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/** Personal API tokens made and revoked on the account page; a made token works on the API until revoked. */
@PaginaTest
class AccountPaginaTest {

    private static final Pattern TOKEN = Pattern.compile("id=\"nieuw-token\">(ind_[A-Za-z0-9_-]+)<");
    private static final Pattern INTREKKEN = Pattern.compile("/account/tokens/(\\d+)/intrekken");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void tokenMakenGebruikenEnIntrekken() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        assertThat(browser.get("/account").body()).contains(naam).contains("Consulent").contains("0034");

        var gemaakt = browser.post("/account/tokens", Map.of("omschrijving", "mijn script"));
        assertThat(gemaakt.statusCode()).isEqualTo(302);
        String pagina = browser.get("/account").body();
        Matcher m = TOKEN.matcher(pagina);
        assertThat(m.find()).as("the new token is shown once").isTrue();
        String token = m.group(1);
        assertThat(browser.get("/account").body()).as("and only once").doesNotContain(token).contains("mijn script");
        assertThat(api(token)).isEqualTo(200);

        Matcher id = INTREKKEN.matcher(pagina);
        assertThat(id.find()).isTrue();
        browser.get("/account");
        assertThat(browser.post("/account/tokens/" + id.group(1) + "/intrekken", Map.of()).statusCode()).isEqualTo(302);
        assertThat(browser.get("/account").body()).contains("Het token is ingetrokken");
        assertThat(api(token)).isEqualTo(401);
    }

    @Test
    void eenAnderMagMijnTokenNietIntrekken() {
        String ik = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser mijn = Browser.op(poort).meldAan(ik, Gebruikers.wachtwoord(ik));
        mijn.post("/account/tokens", Map.of("omschrijving", "van mij"));
        String pagina = mijn.get("/account").body();
        Matcher t = TOKEN.matcher(pagina);
        Matcher id = INTREKKEN.matcher(pagina);
        assertThat(t.find() && id.find()).isTrue();

        String ander = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser anders = Browser.op(poort).meldAan(ander, Gebruikers.wachtwoord(ander));
        anders.get("/account");
        anders.post("/account/tokens/" + id.group(1) + "/intrekken", Map.of());
        assertThat(anders.get("/account").body()).contains("kon niet worden ingetrokken");
        assertThat(api(t.group(1))).isEqualTo(200);
    }

    @Test
    void eenTokenZonderOmschrijvingGeeftEenFoutBijHetVeld() {
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, "0034");
        Browser browser = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        browser.get("/account");
        browser.post("/account/tokens", Map.of("omschrijving", "  "));
        String pagina = browser.get("/account").body();
        assertThat(pagina).contains("id=\"omschrijving-fout\"").contains("aria-describedby=\"omschrijving-fout\"")
                .doesNotContain("id=\"nieuw-token\"");
    }

    private int api(String token) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/regelingen"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
