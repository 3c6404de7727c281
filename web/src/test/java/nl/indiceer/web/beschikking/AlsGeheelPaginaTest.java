package nl.indiceer.web.beschikking;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The Besluiten page of a request made from a Flevoland 317 (judged as a whole, 002:498-502): refusing a line is refused
 * (422) with the message at that line's choice, an alert linking to the 317, and the input kept; nothing decided. The
 * 317 itself is received through the API in WijzigingsverzoekAlsGeheelTest; here its row links the request to it.
 */
@PaginaTest
class AlsGeheelPaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenAfgewezenRegelVanEen317WordtBijDieRegelGeweigerdMetEenVerwijzingNaarHetBericht() throws Exception {
        String bsn = String.format("%09d", ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
        long client = app.getBean(ClientOpslag.class).voegToe(bsn, "Sam Geheel", LocalDate.of(2013, 5, 1), URK,
                new Adres("Wijk 1 12", "8321 AA", "Urk"));
        String naam = Gebruikers.nieuw(app, "consulent", Rol.CONSULENT, URK);
        Browser b = Browser.op(poort).meldAan(naam, Gebruikers.wachtwoord(naam));
        String invoer = Files.readString(Path.of(System.getProperty("indiceer.root", ".."))
                .resolve("docs/voorbeelden/002-basis-begeleiding-groep-a-per-week.json"));
        OpgeslagenAanvraag a = app.getBean(AanvraagDienst.class).maak(new Medewerker(naam, Set.of(URK)), client, invoer,
                Aanvraagstatus.INGEDIEND);
        jdbc.sql("insert into inkomend_bericht (gemeentecode, soort, afzender, identificatie, inhoud, status, client_id, "
                        + "aanvraag_id, ontvangen, ontvangen_door) values (?, 'JW317', '12345678', 'VOW-P1', ?, 'VERWERKT', ?, ?, ?, ?)")
                .params(URK, new byte[] {'<', '/', '>'}, client, a.id(), OffsetDateTime.now(), naam).update();
        long bericht = jdbc.sql("select id from inkomend_bericht where aanvraag_id = ?").params(a.id()).query(Long.class).single();

        HttpResponse<String> geweigerd = b.post("/aanvragen/" + a.id() + "/besluiten", new java.util.LinkedHashMap<>(Map.of(
                "soort", "EERSTE", "vorige", "", "regels[0].besluit", "AFWIJZEN", "regels[0].reden", "Mijn eigen reden.",
                "regels[0].hardheidsclausule", "", "regels[0].motivering", "", "regels[0].toewijzing", "")));
        assertThat(geweigerd.statusCode()).isEqualTo(422);
        assertThat(geweigerd.body()).contains("id=\"als-geheel\"").contains("role=\"alert\"")
                .contains("href=\"/berichten/inkomend/" + bericht + "\"")
                .containsPattern("id=\"regels-0-besluit-fout\"[^>]*>Deze aanvraag komt uit een verzoek om wijziging")
                .containsPattern("aria-invalid=\"true\"\\s+aria-describedby=\"regels-0-besluit-fout\"")
                .contains("Mijn eigen reden.");
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").params(a.id()).query(Long.class).single())
                .isZero();
    }
}
