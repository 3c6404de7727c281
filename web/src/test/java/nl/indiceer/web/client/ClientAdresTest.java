package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.Urls;
import nl.indiceer.web.beveiliging.Rol;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The client's postal address on the pages: given when creating the client (all of it or nothing, each error at its
 * field, the input kept), shown on the client page, changed on its own page with a colleague's change in between
 * as a conflict, scoped and audited; and the database refusing half an address.
 */
@PaginaTest
class ClientAdresTest {

    private static final Pattern CLIENTPAGINA = Pattern.compile("/clienten/(\\d+)$");

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    Browser meldAan(String... gemeenten) {
        String naam = Gebruikers.nieuw(app, "adres", Rol.CONSULENT, gemeenten);
        return Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
    }

    static HttpResponse<String> maakAan(Browser browser, String straat, String postcode, String woonplaats) {
        browser.get("/clienten/nieuw");
        Map<String, String> velden = new HashMap<>(Map.of("bsn", BsnTest.willekeurig(), "naam", "Adres Proef",
                "geboortedatum", "1950-02-03", "gemeentecode", "0034"));
        velden.putAll(Map.of("straat", straat, "postcode", postcode, "woonplaats", woonplaats));
        return Urls.zonderBsn(browser.post("/clienten/nieuw", velden));
    }

    /** The new client's id, after following the redirect to its page as a browser does (which shows the flash). */
    static long id(Browser browser, HttpResponse<String> antwoord) {
        assertThat(antwoord.statusCode()).isEqualTo(302);
        Matcher m = CLIENTPAGINA.matcher(antwoord.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));
        assertThat(browser.get("/clienten/" + id).body()).contains("De cliënt is aangemaakt.");
        return id;
    }

    @Test
    void hetAdresBijHetAanmakenStaatOpDeClientpagina() {
        Browser almere = meldAan("0034");
        long id = id(almere, maakAan(almere, " Stadhuisplein 1 ", "1315hr", "Almere"));
        String pagina = almere.get("/clienten/" + id).body();
        assertThat(pagina).contains("Stadhuisplein 1").contains("1315 HR Almere")
                .contains("href=\"/clienten/" + id + "/adres\"");

        long zonder = id(almere, maakAan(almere, "", "", ""));
        assertThat(almere.get("/clienten/" + zonder).body()).contains("Nog niet bekend. Zonder adres kan er geen brief");
        assertThat(jdbc.sql("select count(*) from client where id = ? and adres_straat is null").param(zonder).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void eenHalfOfFoutAdresGeeftFoutenBijDeVeldenEnDeInvoerBlijft() {
        Browser almere = meldAan("0034");
        var antwoord = maakAan(almere, "Kerkstraat 3", "0123 AB", "");
        assertThat(antwoord.statusCode()).isEqualTo(422);
        assertThat(antwoord.body()).contains("id=\"postcode-fout\"").contains("Vul een postcode in zoals 1234 AB")
                .contains("id=\"woonplaats-fout\"").doesNotContain("id=\"straat-fout\"")
                .containsPattern("id=\"postcode\"[^>]*aria-describedby=\"postcode-fout\"")
                .contains("value=\"Kerkstraat 3\"").contains("value=\"0123 AB\"").contains("Er zijn 2 fouten.");
        assertThat(maakAan(almere, "Regel\neen", "1234 AB", "Almere").body()).contains("id=\"straat-fout\"");
    }

    @Test
    void hetAdresWijzigenMetEenConflictAlsIemandAndersHetIntussenWijzigde() {
        Browser ik = meldAan("0034");
        Browser collega = meldAan("0034");
        long id = id(ik, maakAan(ik, "Oud 1", "1315 HR", "Almere"));

        String formulier = ik.get("/clienten/" + id + "/adres").body();
        assertThat(formulier).contains("value=\"Oud 1\"").contains("name=\"versie\" value=\"0\"");
        // the colleague saves first
        collega.get("/clienten/" + id + "/adres");
        assertThat(collega.post("/clienten/" + id + "/adres", Map.of("straat", "Collega 2", "postcode", "1315 HR",
                "woonplaats", "Almere", "versie", "0")).statusCode()).isEqualTo(302);

        var conflict = ik.post("/clienten/" + id + "/adres", Map.of("straat", "Nieuw 3", "postcode", "1316 AA",
                "woonplaats", "Almere", "versie", "0"));
        assertThat(conflict.statusCode()).isEqualTo(409);
        assertThat(conflict.body()).contains("Iemand anders heeft deze cliënt gewijzigd").contains("value=\"Nieuw 3\"")
                .contains("name=\"versie\" value=\"1\"");
        assertThat(jdbc.sql("select adres_straat from client where id = ?").param(id).query(String.class).single())
                .isEqualTo("Collega 2");

        // saved again after the conflict, with the version the page now holds
        var opnieuw = ik.post("/clienten/" + id + "/adres", Map.of("straat", "Nieuw 3", "postcode", "1316 AA",
                "woonplaats", "Almere", "versie", "1"));
        assertThat(opnieuw.statusCode()).isEqualTo(302);
        assertThat(ik.get("/clienten/" + id).body()).contains("Het adres is opgeslagen.").contains("Nieuw 3")
                .contains("1316 AA Almere");
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'CLIENT_GEWIJZIGD' and object_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(2);

        // all three empty: the address is removed
        ik.get("/clienten/" + id + "/adres");
        assertThat(ik.post("/clienten/" + id + "/adres", Map.of("straat", "", "postcode", "", "woonplaats", "",
                "versie", "2")).statusCode()).isEqualTo(302);
        assertThat(ik.get("/clienten/" + id).body()).contains("Nog niet bekend.");
    }

    @Test
    void eenAndereGemeenteKanHetAdresNietZienOfWijzigen() {
        Browser almere = meldAan("0034");
        Browser lelystad = meldAan("0995");
        long id = id(almere, maakAan(almere, "Geheim 7", "1315 HR", "Almere"));

        var zien = lelystad.get("/clienten/" + id + "/adres");
        assertThat(zien.statusCode()).isEqualTo(404);
        assertThat(zien.body()).doesNotContain("Geheim 7");
        lelystad.get("/clienten");
        var wijzigen = lelystad.post("/clienten/" + id + "/adres", Map.of("straat", "Gekaapt 1", "postcode", "8232 AA",
                "woonplaats", "Lelystad", "versie", "0"));
        assertThat(wijzigen.statusCode()).isEqualTo(404);
        assertThat(jdbc.sql("select adres_straat from client where id = ?").param(id).query(String.class).single())
                .isEqualTo("Geheim 7");
    }

    @Test
    void deDatabankWeigertEenHalfAdres() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into client (bsn, naam, naam_zoek, geboortedatum, gemeentecode, adres_straat)
                values ('123456782', 'x', 'x', date '2000-01-01', '0034', 'Alleen een straat 1')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void postcodesZoalsMensenZeTypen() {
        assertThat(Clientregels.postcode("1315hr")).contains("1315 HR");
        assertThat(Clientregels.postcode(" 1315 Hr ")).contains("1315 HR");
        assertThat(Clientregels.postcode("0315 HR")).as("no postcode starts with 0").isEmpty();
        assertThat(Clientregels.postcode("1315 H")).isEmpty();
        assertThat(Clientregels.postcode("13151 HR")).isEmpty();
        assertThat(Clientregels.postcode(null)).isEmpty();
        assertThat(Clientregels.adresGegeven(" ", null, "")).isFalse();
        assertThat(Clientregels.adresGegeven("", "", "x")).isTrue();
        assertThat(Clientregels.straat("a".repeat(Clientregels.MAX_STRAAT + 1))).isEmpty();
        assertThat(new Adres("Geheim 7", "1315 HR", "Almere").toString()).doesNotContain("Geheim").doesNotContain("1315");
    }
}
