package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.Urls;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client pages over real HTTP: finding (by BSN, name, date of birth, paged), creating (and a BSN twice), the
 * client page; errors at the field; the audit rows they write; attempts to get at another municipality's client
 * through the pages; and no BSN in any URL a page produces (every answer is checked with {@link Urls#zonderBsn}).
 */
@PaginaTest
class ClientPaginaTest {

    static final String ALMERE = "0034";
    static final String DRONTEN = "0303";
    static final String LELYSTAD = "0995";

    private static final Pattern CLIENTPAGINA = Pattern.compile("/clienten/(\\d+)$");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    record Ingelogd(String naam, Browser browser) {
    }

    Ingelogd meldAan(Rol rol, String... gemeenten) {
        String naam = Gebruikers.nieuw(app, rol.name().toLowerCase(), rol, gemeenten);
        return new Ingelogd(naam, Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam)));
    }

    static String uniek(String voorvoegsel) {
        return voorvoegsel + Long.toString(System.nanoTime(), 36);
    }

    static String willekeurigeDatum() {
        return LocalDate.of(1930, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(25_000)).toString();
    }

    static HttpResponse<String> maakAan(Browser browser, String bsn, String naam, String datum, String gemeente) {
        Urls.zonderBsn(browser.get("/clienten/nieuw"));
        return Urls.zonderBsn(browser.post("/clienten/nieuw",
                Map.of("bsn", bsn, "naam", naam, "geboortedatum", datum, "gemeentecode", gemeente)));
    }

    static long maak(Browser browser, String bsn, String naam, String datum, String gemeente) {
        HttpResponse<String> antwoord = maakAan(browser, bsn, naam, datum, gemeente);
        assertThat(antwoord.statusCode()).isEqualTo(302);
        Matcher m = CLIENTPAGINA.matcher(antwoord.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        return Long.parseLong(m.group(1));
    }

    static HttpResponse<String> zoek(Browser browser, String bsn, String naam, String datum) {
        Urls.zonderBsn(browser.get("/clienten"));
        return Urls.zonderBsn(browser.post("/clienten/zoeken", Map.of("bsn", bsn, "naam", naam, "geboortedatum", datum)));
    }

    static String link(long id) {
        return "href=\"/clienten/" + id + "\"";
    }

    @Test
    void zoekenOpBsnNaamEnGeboortedatum() {
        Browser almere = meldAan(Rol.CONSULENT, ALMERE).browser();
        String bsn = BsnTest.willekeurig();
        String naam = uniek("Zoekbaar ");
        String datum = willekeurigeDatum();
        long id = maak(almere, bsn, naam, datum, ALMERE);

        var opBsn = zoek(almere, bsn, "", "");
        assertThat(opBsn.statusCode()).isEqualTo(200);
        assertThat(opBsn.body()).contains(link(id)).contains(naam).contains("<caption").contains("scope=\"col\"");
        // Spaces, as people type a BSN from a letter, are no problem.
        assertThat(zoek(almere, bsn.substring(0, 3) + " " + bsn.substring(3, 6) + " " + bsn.substring(6), "", "").body())
                .contains(link(id));
        assertThat(zoek(almere, "", naam.substring(0, 12).toLowerCase(), "").body()).contains(link(id));
        assertThat(zoek(almere, "", "", datum).body()).contains(link(id));
        assertThat(zoek(almere, "", naam, datum).body()).contains(link(id));
        assertThat(zoek(almere, "", naam, LocalDate.parse(datum).plusDays(1).toString()).body())
                .doesNotContain(link(id)).contains("Er is geen cliënt gevonden");
    }

    @Test
    void eenOngeldigBsnGeeftEenFoutBijHetVeldEnDeInvoerBlijftStaan() {
        Browser almere = meldAan(Rol.CONSULENT, ALMERE).browser();
        var antwoord = zoek(almere, "123456789", "Jans", "");
        assertThat(antwoord.statusCode()).isEqualTo(422);
        assertThat(plat(antwoord.body()))
                .contains("<p class=\"utrecht-form-field-error-message\" id=\"bsn-fout\">Dit BSN klopt niet: controleer de 9 cijfers.</p>")
                .containsPattern("id=\"bsn\"[^>]*aria-invalid=\"true\"")
                .containsPattern("id=\"bsn\"[^>]*aria-describedby=\"bsn-fout[ \"]")
                .contains("value=\"123456789\"").contains("value=\"Jans\"")
                .contains("role=\"alert\"").contains("href=\"#bsn\"")
                .doesNotContain("aria-describedby=\"naam-fout");

        var leeg = zoek(almere, " ", "", "");
        assertThat(leeg.statusCode()).isEqualTo(422);
        assertThat(leeg.body()).contains("id=\"bsn-fout\"").contains("Vul een BSN, een naam of een geboortedatum in.");

        var datum = zoek(almere, "", "", "2999-01-01");
        assertThat(datum.statusCode()).isEqualTo(422);
        assertThat(datum.body()).contains("id=\"geboortedatum-fout\"").containsPattern("id=\"geboortedatum\"[^>]*aria-describedby=\"geboortedatum-fout\"")
                .contains("value=\"2999-01-01\"");
    }

    @Test
    void aanmakenEnEenTweedeKeerHetzelfdeBsn() {
        Browser almere = meldAan(Rol.CONSULENT, ALMERE).browser();
        String bsn = BsnTest.willekeurig();
        String naam = uniek("Nieuw ");
        long id = maak(almere, bsn, naam, "2012-03-04", ALMERE);

        var pagina = Urls.zonderBsn(almere.get("/clienten/" + id));
        assertThat(pagina.statusCode()).isEqualTo(200);
        assertThat(pagina.body()).contains("De cliënt is aangemaakt.").contains(bsn).contains(naam).contains("4-3-2012")
                .contains("Almere");
        assertThat(almere.get("/clienten/" + id).body()).as("said once").doesNotContain("De cliënt is aangemaakt.");

        var tweede = maakAan(almere, bsn, "Iemand Anders", "2001-01-01", ALMERE);
        assertThat(tweede.statusCode()).isEqualTo(409);
        assertThat(tweede.body()).contains("id=\"bsn-fout\"").contains("Er is in deze gemeente al een cliënt met dit BSN.")
                .contains(link(id)).containsPattern("id=\"bsn\"[^>]*aria-describedby=\"bsn-fout")
                .contains("value=\"Iemand Anders\"");
        assertThat(jdbc.sql("select count(*) from client where bsn = ? and gemeentecode = ?").params(bsn, ALMERE)
                .query(Long.class).single()).isEqualTo(1);

        // The same person may also be a client of another municipality the user works for.
        Browser beide = meldAan(Rol.BACKOFFICE, ALMERE, DRONTEN).browser();
        long inDronten = maak(beide, bsn, naam, "2012-03-04", DRONTEN);
        assertThat(inDronten).isNotEqualTo(id);
        assertThat(beide.get("/clienten/" + inDronten).body()).contains("Dronten");
    }

    @Test
    void fouteInvoerBijAanmakenStaatBijElkVeldEnBlijftStaan() {
        Browser beide = meldAan(Rol.CONSULENT, ALMERE, DRONTEN).browser();
        var antwoord = maakAan(beide, "111222334", "Regel\neinde", "2012-02-30", "");
        assertThat(antwoord.statusCode()).isEqualTo(422);
        assertThat(antwoord.body())
                .contains("id=\"bsn-fout\"").contains("id=\"naam-fout\"").contains("id=\"geboortedatum-fout\"")
                .contains("id=\"gemeentecode-fout\"").contains("Kies de gemeente van de cliënt.")
                .containsPattern("id=\"naam\"[^>]*aria-describedby=\"naam-fout\"")
                .containsPattern("id=\"gemeentecode\"[^>]*aria-describedby=\"gemeentecode-fout\"")
                .contains("Er zijn 4 fouten.").contains("value=\"111222334\"").contains("value=\"2012-02-30\"");
        assertThat(maakAan(beide, "", "Naam", "2012-01-01", ALMERE).body()).contains("Vul het BSN in: 9 cijfers.");
    }

    @Test
    void deGemeenteIsAlGekozenAlsErMaarEenIs() {
        String een = meldAan(Rol.CONSULENT, LELYSTAD).browser().get("/clienten/nieuw").body();
        assertThat(een).containsPattern("<option value=\"0995\" selected=\"selected\">Lelystad</option>")
                .doesNotContain("Kies een gemeente").doesNotContain("Almere");
        String twee = meldAan(Rol.CONSULENT, ALMERE, DRONTEN).browser().get("/clienten/nieuw").body();
        assertThat(twee).contains("<option value=\"\" selected=\"selected\">Kies een gemeente</option>")
                .contains("<option value=\"0034\">Almere</option>").contains("<option value=\"0303\">Dronten</option>");
        var geen = meldAan(Rol.CONSULENT).browser().get("/clienten/nieuw");
        assertThat(geen.body()).contains("U werkt nog voor geen enkele gemeente").doesNotContain("name=\"bsn\"");
    }

    @Test
    void deClientpaginaHeeftAanvragenEnBesluiten() {
        Ingelogd ik = meldAan(Rol.CONSULENT, ALMERE);
        Browser almere = ik.browser();
        long id = maak(almere, BsnTest.willekeurig(), uniek("Pagina "), "1990-05-06", ALMERE);
        String leeg = Urls.zonderBsn(almere.get("/clienten/" + id)).body();
        assertThat(leeg).contains("id=\"client-aanvragen\"").contains("href=\"/aanvragen/nieuw?client=" + id + "\"")
                .contains(">Nieuwe aanvraag voor deze cliënt</a>");
        // A saved request of this client shows up in the section, linking to it.
        var opgeslagen = app.getBean(nl.indiceer.web.aanvraag.AanvraagDienst.class).maak(
                new nl.indiceer.web.beveiliging.Medewerker(ik.naam(), java.util.Set.of(ALMERE)), id, "{}",
                nl.indiceer.web.aanvraag.Aanvraagstatus.CONCEPT);
        String pagina = Urls.zonderBsn(almere.get("/clienten/" + id)).body();
        assertThat(pagina).contains("id=\"client-aanvragen-tabel\"").contains("href=\"/aanvragen/" + opgeslagen.id() + "\"")
                .contains("Besluiten en lopende toewijzingen").contains("id=\"client-besluiten\"")
                .contains("Er zijn nog geen besluiten over deze cliënt.")
                .contains("<title>Cliënt – Indiceer</title>");
    }

    @Test
    void bladerenDoorDeResultatenGaatMetPost() {
        Browser almere = meldAan(Rol.CONSULENT, ALMERE).browser();
        String voorvoegsel = uniek("Blader");
        for (int i = 0; i < Paginering.STANDAARD + 1; i++) {
            maak(almere, BsnTest.willekeurig(), voorvoegsel + " " + (char) ('a' + i), "2000-01-01", ALMERE);
        }
        var eerste = zoek(almere, "", voorvoegsel, "");
        assertThat(plat(eerste.body())).contains("Gevonden cliënten, pagina 1").contains(voorvoegsel + " a")
                .doesNotContain(voorvoegsel + " u").contains("name=\"pagina\" value=\"1\">Volgende")
                .doesNotContain(">Vorige<")
                .contains("<input type=\"hidden\" name=\"naam\" value=\"" + voorvoegsel + "\">");
        var tweede = Urls.zonderBsn(almere.post("/clienten/zoeken", Map.of("bsn", "", "naam", voorvoegsel, "geboortedatum", "",
                "pagina", "1")));
        assertThat(tweede.statusCode()).isEqualTo(200);
        assertThat(plat(tweede.body())).contains("Gevonden cliënten, pagina 2").contains(voorvoegsel + " u")
                .doesNotContain(voorvoegsel + " a<").contains("name=\"pagina\" value=\"0\">Vorige").doesNotContain(">Volgende<");
        // A page number that is not one: the 400 page.
        assertThat(almere.post("/clienten/zoeken", Map.of("naam", voorvoegsel, "pagina", "-1")).statusCode()).isEqualTo(400);
    }

    @Test
    void eenConsulentVanAlmereKomtNietBijEenClientVanLelystad() {
        Ingelogd almere = meldAan(Rol.CONSULENT, ALMERE);
        Browser lelystad = meldAan(Rol.CONSULENT, LELYSTAD).browser();
        String bsn = BsnTest.willekeurig();
        String naam = uniek("Lelystedeling ");
        String datum = willekeurigeDatum();
        long vanLelystad = maak(lelystad, bsn, naam, datum, LELYSTAD);

        var andermans = almere.browser().get("/clienten/" + vanLelystad);
        var bestaatNiet = almere.browser().get("/clienten/" + Long.MAX_VALUE);
        assertThat(andermans.statusCode()).isEqualTo(404);
        assertThat(bestaatNiet.statusCode()).isEqualTo(404);
        assertThat(andermans.body()).contains("Deze pagina bestaat niet").doesNotContain(naam).doesNotContain(bsn);
        assertThat(zonderCsrf(andermans.body())).as("another municipality's client looks exactly like no client")
                .isEqualTo(zonderCsrf(bestaatNiet.body()));

        assertThat(zoek(almere.browser(), bsn, "", "").body()).contains("Er is geen cliënt gevonden").doesNotContain(naam);
        assertThat(zoek(almere.browser(), "", naam, "").body()).contains("Er is geen cliënt gevonden");
        assertThat(zoek(almere.browser(), "", "", datum).body()).doesNotContain(naam).doesNotContain(link(vanLelystad));

        // A forged form with Lelystad as municipality: refused at the field, without telling that the BSN exists there.
        var vals = maakAan(almere.browser(), bsn, "Vals", "2010-01-01", LELYSTAD);
        assertThat(vals.statusCode()).isEqualTo(422);
        assertThat(vals.body()).contains("id=\"gemeentecode-fout\"").contains("U werkt niet voor deze gemeente.")
                .doesNotContain("al een cliënt met dit BSN").doesNotContain(link(vanLelystad));
        var nieuwVals = maakAan(almere.browser(), BsnTest.willekeurig(), "Vals", "2010-01-01", LELYSTAD);
        assertThat(nieuwVals.statusCode()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from client where naam = 'Vals'").query(Long.class).single()).isZero();

        assertThat(acties(almere.naam())).contains(new Auditregel("CLIENT_NIET_GEVONDEN", vanLelystad, null),
                new Auditregel("CLIENT_GEZOCHT", null, 0));
        // Lelystad still sees its own.
        assertThat(lelystad.get("/clienten/" + vanLelystad).statusCode()).isEqualTo(200);
    }

    @Test
    void alleenConsulentEnBackofficeWerkenMetClienten() {
        List<Browser> anderen = List.of(meldAan(Rol.BELEID, ALMERE).browser(), meldAan(Rol.AUDITOR, ALMERE).browser(),
                Browser.op(poort).meldAan("beheerder", Aanmelding.BEHEERDER_WACHTWOORD));
        long id = maak(meldAan(Rol.CONSULENT, ALMERE).browser(), BsnTest.willekeurig(), uniek("Rol "), "2000-01-01", ALMERE);
        for (Browser b : anderen) {
            assertThat(b.get("/clienten").statusCode()).isEqualTo(403);
            assertThat(b.get("/clienten/nieuw").statusCode()).isEqualTo(403);
            assertThat(b.get("/clienten/" + id).statusCode()).isEqualTo(403);
            b.get("/");
            assertThat(b.post("/clienten/zoeken", Map.of("naam", "a")).statusCode()).isEqualTo(403);
            assertThat(b.get("/").body()).doesNotContain("href=\"/clienten\"");
        }
        assertThat(Browser.op(poort).get("/clienten").statusCode()).isEqualTo(302);
    }

    @Test
    void lezenZoekenEnAanmakenStaanInHetAuditlogboek() {
        Ingelogd almere = meldAan(Rol.CONSULENT, ALMERE);
        String bsn = BsnTest.willekeurig();
        long id = maak(almere.browser(), bsn, uniek("Audit "), "2000-01-01", ALMERE);
        almere.browser().get("/clienten/" + id);
        zoek(almere.browser(), bsn, "", "");
        zoek(almere.browser(), "", "", "1901-01-01");
        maakAan(almere.browser(), bsn, "Dubbel", "2000-01-01", ALMERE);
        assertThat(acties(almere.naam())).containsExactly(
                new Auditregel("CLIENT_AANGEMAAKT", id, null),
                new Auditregel("CLIENT_GELEZEN", id, null),
                new Auditregel("AANVRAAG_LIJST", id, 0),
                new Auditregel("BESCHIKKING_LIJST", id, 0),
                new Auditregel("CLIENT_GEZOCHT", null, 1),
                new Auditregel("CLIENT_GEZOCHT", null, 0),
                new Auditregel("CLIENT_GEZOCHT", null, 1));
        assertThat(jdbc.sql("select count(*) from auditregel where gebruiker = ? and herkomst is null").param(almere.naam())
                .query(Long.class).single()).isZero();
    }

    record Auditregel(String actie, Long objectId, Integer aantal) {
    }

    List<Auditregel> acties(String gebruiker) {
        return jdbc.sql("select actie, object_id, aantal from auditregel where gebruiker = ? order by id").param(gebruiker)
                .query((rs, i) -> new Auditregel(rs.getString("actie"), rs.getObject("object_id", Long.class),
                        rs.getObject("aantal", Integer.class)))
                .list();
    }

    /** The page with every run of white space as one space, so that assertions need not know the line breaks. */
    static String plat(String html) {
        return html.replaceAll("\\s+", " ");
    }

    private static String zonderCsrf(String html) {
        return html.replaceAll("content=\"[^\"]*\"", "").replaceAll("value=\"[^\"]*\"", "");
    }
}
