package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.Urls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * User management on {@code /beheer/gebruikers}: a consultant for a municipality made in one step who can then log in,
 * errors at the field, deactivating (no more login, no more tokens, open sessions ended) and activating again,
 * and only the beheerder gets there. Every change is in the audit trail.
 */
@PaginaTest
class GebruikersPaginaTest {

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    Browser beheerder() {
        return Browser.op(poort).meldAan(BeheerderInrichting.BEHEERDER, Aanmelding.BEHEERDER_WACHTWOORD);
    }

    static String uniek(String voorvoegsel) {
        return voorvoegsel + "-" + Long.toString(System.nanoTime(), 36);
    }

    static HttpResponse<String> maak(Browser beheerder, String naam, String wachtwoord, String rol, String... gemeenten) {
        Urls.zonderBsn(beheerder.get("/beheer/gebruikers"));
        List<Map.Entry<String, String>> velden = new java.util.ArrayList<>(List.of(Map.entry("gebruikersnaam", naam),
                Map.entry("wachtwoord", wachtwoord), Map.entry("rol", rol)));
        for (String g : gemeenten) {
            velden.add(Map.entry("gemeenten", g));
        }
        return Urls.zonderBsn(beheerder.post("/beheer/gebruikers", velden));
    }

    long idVan(String naam) {
        return jdbc.sql("select id from gebruiker where gebruikersnaam = ?").param(naam).query(Long.class).single();
    }

    List<String> acties(String objectType, long id) {
        return jdbc.sql("select actie from auditregel where gebruiker = 'beheerder' and object_type = ? and object_id = ? order by id")
                .params(objectType, id).query(String.class).list();
    }

    @Test
    void eenConsulentVoorTweeGemeentenInEenKeerDieDaarnaAanmeldt() {
        Browser beheerder = beheerder();
        var lijst = Urls.zonderBsn(beheerder.get("/beheer/gebruikers"));
        assertThat(lijst.statusCode()).isEqualTo(200);
        assertThat(lijst.body()).contains("<caption class=\"utrecht-table__caption\">Alle gebruikers</caption>")
                .contains("<label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"gemeente-0034\">Almere</label>")
                .contains("<legend").contains("<option value=\"CONSULENT\">Consulent</option>")
                .contains("for=\"gebruikersnaam\"").contains("for=\"wachtwoord\"").contains("for=\"rol\"");

        String naam = uniek("c.nieuw");
        var gemaakt = maak(beheerder, naam, "een-goed-wachtwoord", "CONSULENT", "0034", "0995");
        assertThat(gemaakt.statusCode()).isEqualTo(302);
        assertThat(gemaakt.headers().firstValue("Location").orElseThrow()).endsWith("/beheer/gebruikers");
        String na = beheerder.get("/beheer/gebruikers").body();
        assertThat(na).contains("Gebruiker " + naam + " is aangemaakt.")
                .containsPattern("<td class=\"utrecht-table__cell\">" + Pattern.quote(naam) + "</td>\\s*"
                        + "<td class=\"utrecht-table__cell\">Consulent</td>\\s*<td class=\"utrecht-table__cell\">Almere, Lelystad</td>\\s*"
                        + "<td class=\"utrecht-table__cell\">Actief</td>");
        assertThat(acties("gebruiker", idVan(naam))).containsExactly("GEBRUIKER_AANGEMAAKT");

        Browser consulent = Browser.op(poort).meldAan(naam, "een-goed-wachtwoord");
        assertThat(consulent.get("/clienten").statusCode()).isEqualTo(200);
        assertThat(consulent.get("/account").body()).contains("0034, 0995");
        assertThat(consulent.get("/beheer/gebruikers").statusCode()).isEqualTo(403);
    }

    @Test
    void fouteInvoerStaatBijHetVeldEnHetWachtwoordKomtNietTerug() {
        Browser beheerder = beheerder();
        var fout = maak(beheerder, "X", "kort-wachtw", "KONING", "9999");
        assertThat(fout.statusCode()).isEqualTo(422);
        assertThat(fout.body()).contains("id=\"gebruikersnaam-fout\"").contains("id=\"wachtwoord-fout\"")
                .contains("id=\"rol-fout\"").contains("id=\"gemeenten-fout\"").contains("Er zijn 4 fouten.")
                .containsPattern("id=\"gebruikersnaam\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"gebruikersnaam-fout")
                .containsPattern("id=\"wachtwoord\"[^>]*aria-describedby=\"wachtwoord-fout")
                .containsPattern("id=\"rol\"[^>]*aria-describedby=\"rol-fout\"")
                .contains("value=\"X\"").doesNotContain("kort-wachtw");

        // 72 bytes at most (bcrypt's limit), as in the API: 19 emoji are 38 characters but 76 bytes.
        String naam = uniek("b.lang");
        var lang = maak(beheerder, naam, "\uD83D\uDE00".repeat(19), "BACKOFFICE", "0034");
        assertThat(lang.statusCode()).isEqualTo(422);
        assertThat(lang.body()).contains("id=\"wachtwoord-fout\"").doesNotContain("id=\"gebruikersnaam-fout\"")
                .contains("value=\"" + naam + "\"")
                .containsPattern("<input[^>]*value=\"0034\"[^>]*checked=\"checked\"");

        String bestaat = uniek("b.dubbel");
        assertThat(maak(beheerder, bestaat, "een-goed-wachtwoord", "BELEID").statusCode()).isEqualTo(302);
        var dubbel = maak(beheerder, bestaat, "nog-een-wachtwoord", "AUDITOR");
        assertThat(dubbel.statusCode()).isEqualTo(422);
        assertThat(dubbel.body()).contains("id=\"gebruikersnaam-fout\">Er is al een gebruiker met deze gebruikersnaam.");
        assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam in (?, ?)").params("X", naam)
                .query(Long.class).single()).isZero();
    }

    @Test
    void eenGedeactiveerdeGebruikerKanNietsMeerTotHijWeerActiefIs() throws Exception {
        Browser beheerder = beheerder();
        String naam = uniek("c.weg");
        String wachtwoord = "een-goed-wachtwoord";
        assertThat(maak(beheerder, naam, wachtwoord, "CONSULENT", "0034").statusCode()).isEqualTo(302);
        long id = idVan(naam);
        Browser consulent = Browser.op(poort).meldAan(naam, wachtwoord);
        String token = token(naam, wachtwoord);
        assertThat(api(token)).isEqualTo(200);

        beheerder.get("/beheer/gebruikers");
        var uit = beheerder.post("/beheer/gebruikers/" + id + "/deactiveren", Map.of());
        assertThat(uit.statusCode()).isEqualTo(302);
        String lijst = beheerder.get("/beheer/gebruikers").body();
        assertThat(lijst).contains("Gebruiker " + naam + " is gedeactiveerd.")
                .contains("action=\"/beheer/gebruikers/" + id + "/activeren\"")
                .doesNotContain("action=\"/beheer/gebruikers/" + id + "/deactiveren\"");

        var open = consulent.get("/clienten");
        assertThat(open.statusCode()).as("the open session has ended").isEqualTo(302);
        assertThat(open.headers().firstValue("Location").orElseThrow()).endsWith("/aanmelden");
        assertThat(aanmelden(naam, wachtwoord)).contains("/aanmelden?fout");
        assertThat(api(token)).isEqualTo(401);
        assertThat(tokenStatus(naam, wachtwoord)).isEqualTo(401);

        beheerder.get("/beheer/gebruikers");
        assertThat(beheerder.post("/beheer/gebruikers/" + id + "/activeren", Map.of()).statusCode()).isEqualTo(302);
        assertThat(beheerder.get("/beheer/gebruikers").body()).contains("Gebruiker " + naam + " is weer actief");
        Browser.op(poort).meldAan(naam, wachtwoord);
        assertThat(api(token)).isEqualTo(200);
        assertThat(acties("gebruiker", id)).containsExactly("GEBRUIKER_AANGEMAAKT", "GEBRUIKER_GEDEACTIVEERD", "GEBRUIKER_GEACTIVEERD");
    }

    @Test
    void deBeheerderKanZichzelfNietDeactiveren() {
        Browser beheerder = beheerder();
        long id = idVan(BeheerderInrichting.BEHEERDER);
        assertThat(beheerder.get("/beheer/gebruikers").body()).doesNotContain("/beheer/gebruikers/" + id + "/deactiveren");
        beheerder.post("/beheer/gebruikers/" + id + "/deactiveren", Map.of());
        assertThat(beheerder.get("/beheer/gebruikers").body()).contains("U kunt uzelf niet deactiveren");
        assertThat(jdbc.sql("select actief from gebruiker where id = ?").param(id).query(Boolean.class).single()).isTrue();
        beheerder.post("/beheer/gebruikers/" + Long.MAX_VALUE + "/activeren", Map.of());
        assertThat(beheerder.get("/beheer/gebruikers").body()).contains("U kunt uzelf niet deactiveren");
    }

    @Test
    void alleenDeBeheerderBeheertGebruikers() {
        for (Rol rol : new Rol[] {Rol.CONSULENT, Rol.BACKOFFICE, Rol.BELEID, Rol.AUDITOR}) {
            String naam = Gebruikers.nieuw(app, rol.name().toLowerCase(), rol, "0034");
            Browser b = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
            assertThat(b.get("/beheer/gebruikers").statusCode()).as(rol.name()).isEqualTo(403);
            b.get("/");
            String anders = uniek("x.stiekem");
            var poging = b.post("/beheer/gebruikers", Map.of("gebruikersnaam", anders, "wachtwoord", "een-goed-wachtwoord",
                    "rol", "BEHEERDER"));
            assertThat(poging.statusCode()).as(rol.name()).isEqualTo(403);
            assertThat(b.post("/beheer/gebruikers/" + idVan(naam) + "/deactiveren", Map.of()).statusCode()).isEqualTo(403);
            assertThat(jdbc.sql("select count(*) from gebruiker where gebruikersnaam = ?").param(anders).query(Long.class).single())
                    .isZero();
            assertThat(b.get("/").body()).doesNotContain("href=\"/beheer/gebruikers\"");
        }
    }

    /** Where the login page sends the browser after this login attempt. */
    private String aanmelden(String naam, String wachtwoord) {
        Browser b = Browser.op(poort);
        b.get("/aanmelden");
        return b.post("/aanmelden", Map.of("gebruikersnaam", naam, "wachtwoord", wachtwoord)).headers().firstValue("Location").orElseThrow();
    }

    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    private String token(String naam, String wachtwoord) throws Exception {
        var antwoord = tokenVerzoek(naam, wachtwoord);
        assertThat(antwoord.statusCode()).isEqualTo(201);
        Matcher m = TOKEN.matcher(antwoord.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private int tokenStatus(String naam, String wachtwoord) throws Exception {
        return tokenVerzoek(naam, wachtwoord).statusCode();
    }

    private HttpResponse<String> tokenVerzoek(String naam, String wachtwoord) throws Exception {
        String json = "{\"gebruikersnaam\":\"" + naam + "\",\"wachtwoord\":\"" + wachtwoord + "\"}";
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/tokens"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private int api(String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort + "/api/regelingen"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
