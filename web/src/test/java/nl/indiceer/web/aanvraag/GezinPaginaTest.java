package nl.indiceer.web.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.indiceer.web.Browser;
import nl.indiceer.web.Gebruikers;
import nl.indiceer.web.PaginaTest;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * Linking the children of a family product from a page (issue 10): by BSN, looked up server-side from a POST (never in
 * an address), only among the clients of the request's municipality; a wrong or foreign BSN gets its Dutch message at
 * the field with what was typed kept; another municipality's request is a 404.
 */
@PaginaTest
class GezinPaginaTest {

    static final String URK = "0184";

    @LocalServerPort
    int poort;

    @Autowired
    ApplicationContext app;

    @Test
    void kinderenKoppelenEnToevoegenMetHunBsn() {
        String urk = Gebruikers.nieuw(app, "urk-gezinpagina", Rol.CONSULENT, URK);
        String dronten = Gebruikers.nieuw(app, "dronten-gezinpagina", Rol.CONSULENT, "0303");
        Medewerker wie = new Medewerker(urk, Set.of(URK));
        ClientOpslag clienten = app.getBean(ClientOpslag.class);
        Adres adres = new Adres("Wijk 3 1", "8321 AC", "Urk");
        String bsnSanne = Verzoeken.bsn();
        String bsnMees = Verzoeken.bsn();
        String bsnElders = Verzoeken.bsn();
        long sanne = clienten.voegToe(bsnSanne, "Sanne de Wit", LocalDate.of(2013, 5, 1), URK, adres);
        long mees = clienten.voegToe(bsnMees, "Mees de Wit", LocalDate.of(2016, 8, 12), URK, adres);
        clienten.voegToe(bsnElders, "Noor de Wit", LocalDate.of(2014, 10, 3), "0303", adres);
        String invoer = """
                {"regio": "flevoland", "peildatum": "2025-03-01", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F33", "variant": "A", "aanbieder": "23456789", "financiering": "ZIN",
                   "begindatum": "2025-03-01", "einddatum": "2026-02-28", "periode": "TOTAAL",
                   "gezin": [{"naam": "Sanne", "geboortedatum": "2013-05-01"}],
                   "motivering": "Gezinsbehandeling, categorie A.",
                   "posten": [{"omschrijving": "gezinsbehandeling", "uren": 5, "weken": 20.8, "per": "week"}]}]}""";
        AanvraagDienst dienst = app.getBean(AanvraagDienst.class);
        long id = dienst.maak(wie, sanne, invoer, Aanvraagstatus.CONCEPT).id();
        String pagina = "/aanvragen/" + id + "/gezin";

        Browser ik = Browser.op(poort).meldAan(urk, Gebruikers.wachtwoord(urk));
        assertThat(ik.get("/aanvragen/" + id).body()).contains(pagina);
        HttpResponse<String> leeg = ik.get(pagina);
        assertThat(leeg.statusCode()).isEqualTo(200);
        assertThat(leeg.body()).contains("Niet gekoppeld: krijgt geen eigen 301").contains("for=\"bsn-0-0\"");

        // not a BSN: the message at the field, what was typed kept
        HttpResponse<String> fout = ik.post(pagina + "/koppelen", Map.of("regel", "0", "kind", "0", "bsn", "123456789",
                "versie", Integer.toString(dienst.lees(wie, id).versie())));
        assertThat(fout.statusCode()).isEqualTo(422);
        assertThat(fout.body()).contains("id=\"bsn-0-0-fout\"").contains("Vul een BSN in van 9 cijfers dat klopt.")
                .contains("value=\"123456789\"").contains("aria-invalid=\"true\"");
        // a client of another municipality is not found, exactly like an unknown one
        HttpResponse<String> elders = ik.post(pagina + "/koppelen", Map.of("regel", "0", "bsn", bsnElders,
                "versie", Integer.toString(dienst.lees(wie, id).versie())));
        assertThat(elders.statusCode()).isEqualTo(422);
        assertThat(elders.body()).contains("id=\"bsn-0-fout\"")
                .contains("Er staat geen cliënt met dit BSN in de gemeente van deze aanvraag.");
        assertThat(dienst.lees(wie, id).invoer()).doesNotContain("client_id");

        // link Sanne, add Mees: name and date of birth from the record; the BSN never in the address
        ik.get(pagina);
        HttpResponse<String> gekoppeld = ik.post(pagina + "/koppelen", Map.of("regel", "0", "kind", "0", "bsn", bsnSanne,
                "versie", Integer.toString(dienst.lees(wie, id).versie())));
        assertThat(gekoppeld.statusCode()).isEqualTo(302);
        assertThat(gekoppeld.headers().firstValue("Location").orElseThrow()).doesNotContain(bsnSanne);
        ik.get(pagina);
        assertThat(ik.post(pagina + "/koppelen", Map.of("regel", "0", "bsn", bsnMees,
                "versie", Integer.toString(dienst.lees(wie, id).versie()))).statusCode()).isEqualTo(302);
        String na = ik.get(pagina).body();
        assertThat(na).contains("De kinderen zijn opgeslagen.").contains("/clienten/" + mees).contains("/clienten/" + sanne)
                .doesNotContain("Niet gekoppeld");
        String opgeslagen = dienst.lees(wie, id).invoer().replace(" ", "");
        assertThat(opgeslagen).contains("\"client_id\":" + sanne).contains("\"naam\":\"Mees\",\"geboortedatum\":\"2016-08-12\","
                + "\"client_id\":" + mees);

        // another municipality: 404 like a request that does not exist
        Browser ander = Browser.op(poort).meldAan(dronten, Gebruikers.wachtwoord(dronten));
        assertThat(ander.get(pagina).statusCode()).isEqualTo(404)
                .isEqualTo(ander.get("/aanvragen/" + Long.MAX_VALUE + "/gezin").statusCode());
    }
}
