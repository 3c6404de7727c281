package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Achternaam;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Clientkern;
import nl.indiceer.berichten.Geboortedatum;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Naam;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.StartProduct;
import nl.indiceer.berichten.Startbericht;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Receiving providers' messages: the official JW315 example (with a real date) becomes a draft request, the example as
 * published (2027-06-31) is rejected with its line and reason and nothing else is stored, a 305 is registered against
 * the allocation the municipality sent; another municipality sees none of it.
 */
@WebTest
class InkomendeBerichtenTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Besluiten api;
    static String urk;
    static String dronten;

    @BeforeEach
    void opzet() throws Exception {
        api = new Besluiten(mvc);
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-in", "backoffice", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten-in", "consulent", DRONTEN);
        }
    }

    static String officieel315() throws Exception {
        Path map = Schemacontrole.ingesteldeMap();
        // the official examples live beside the repository, never in it: without them this test cannot run
        org.junit.jupiter.api.Assumptions.assumeTrue(map != null && Files.isRegularFile(map.resolve("ijw/voorbeelden/JW315.xml")),
                "de officiële iStandaarden staan niet in " + map);
        return Files.readString(map.resolve("ijw/voorbeelden/JW315.xml"));
    }

    /** The official JW315 for this client of Urk, asking Flevoland's 45F02 for 12 hours a week until 31 March 2027. */
    static String verzoek(String bsn) throws Exception {
        return officieel315().replace("<jw315:Ontvanger>0384</jw315:Ontvanger>", "<jw315:Ontvanger>" + URK + "</jw315:Ontvanger>")
                .replace("<jw315:Bsn>999900006</jw315:Bsn>", "<jw315:Bsn>" + bsn + "</jw315:Bsn>")
                .replace("2027-06-31", "2027-03-31")
                .replaceFirst("<ijw:Categorie>55</ijw:Categorie>", "<ijw:Categorie>45</ijw:Categorie>")
                .replace("<ijw:Code>55A11</ijw:Code>", "<ijw:Code>45F02</ijw:Code>")
                .replaceFirst("<ijw:Volume>2</ijw:Volume>\\s*<ijw:Eenheid>16</ijw:Eenheid>\\s*<ijw:Frequentie>4</ijw:Frequentie>",
                        "<ijw:Volume>12</ijw:Volume><ijw:Eenheid>04</ijw:Eenheid><ijw:Frequentie>2</ijw:Frequentie>");
    }

    ResultActions ontvang(String token, String xml) throws Exception {
        return mvc.perform(post("/api/berichten").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)));
    }

    int aanvragen(long client) {
        return jdbc.sql("select count(*) from aanvraag where client_id = ?").params(client).query(Integer.class).single();
    }

    @Test
    void eenVerzoekOmToewijzingWordtEenConceptaanvraagVoorDeClientMetDatBsn() throws Exception {
        String bsn = Verzoeken.bsn();
        long client = api.client(urk, URK, bsn, "Tom de Wit", "Wijk 2 7");
        JsonNode o = Besluiten.json(ontvang(urk, verzoek(bsn)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.soort").value("JW315"))
                .andExpect(jsonPath("$.status").value("VERWERKT"))
                .andExpect(jsonPath("$.clientId").value(client))
                .andExpect(jsonPath("$.meldingen").isEmpty()));
        long aanvraag = o.get("aanvraagId").asLong();
        JsonNode a = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", aanvraag).andExpect(status().isOk()));
        assertThat(a.get("status").asText()).isEqualTo("CONCEPT");
        JsonNode regel = a.get("invoer").get("producten").get(0);
        assertThat(regel.get("product").asText()).isEqualTo("45F02");
        assertThat(regel.get("aanbieder").asText()).isEqualTo("42420001");
        assertThat(regel.get("begindatum").asText()).isEqualTo("2026-04-01");
        assertThat(regel.get("einddatum").asText()).isEqualTo("2027-03-31");
        assertThat(regel.get("posten").get(0).get("uren").asInt()).isEqualTo(12);
        assertThat(a.get("invoer").get("regio").asText()).isEqualTo("flevoland");
        // the second asked product (55A12) is not one Flevoland buys: refused at once with a 319 (AntwoordenTest), so
        // it is not in the request
        assertThat(a.get("invoer").get("producten")).hasSize(1);

        // to be answered within 5 working days (OP274): on the deadlines list, with the message to open
        long id = o.get("id").asLong();
        JsonNode termijnen = Besluiten.json(api.haal(urk, "/api/termijnen?weken=52").andExpect(status().isOk())).get("termijnen");
        boolean gevonden = false;
        for (JsonNode t : termijnen) {
            if (t.get("berichtId").asLong() == id) {
                gevonden = true;
                assertThat(t.get("soort").asText()).isEqualTo("VERZOEK_OM_TOEWIJZING_BEANTWOORDEN");
                assertThat(t.get("clientId").asLong()).isEqualTo(client);
                assertThat(t.get("bron").asText()).contains("OP274");
                assertThat(LocalDate.parse(t.get("datum").asText())).isAfter(LocalDate.now().plusDays(4));
            }
        }
        assertThat(gevonden).isTrue();
        assertThat(Besluiten.json(api.haal(dronten, "/api/termijnen?weken=52")).get("termijnen").findValues("berichtId"))
                .noneMatch(n -> n.asLong() == id);

        // another municipality: 404 like a message that does not exist, and not in its list
        api.haal(dronten, "/api/berichten/inkomend/{id}", id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BERICHT_NIET_GEVONDEN"));
        assertThat(Besluiten.json(api.haal(dronten, "/api/berichten/inkomend")).findValues("id"))
                .noneMatch(n -> n.asLong() == id);
        api.haal(urk, "/api/berichten/inkomend/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.aanvraagId").value(aanvraag));
        // Dronten cannot receive Urk's message for Urk's client: rejected under Dronten, no request for the client
        int voor = aanvragen(client);
        ontvang(dronten, verzoek(bsn)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.gemeentecode").value(DRONTEN))
                .andExpect(jsonPath("$.meldingen[0].code").value("ONTVANGER"));
        assertThat(aanvragen(client)).isEqualTo(voor);
        assertThat(jdbc.sql("select actie from auditregel where object_type = 'inkomend_bericht' and object_id = ? order by id")
                .params(id).query(String.class).list()).containsSubsequence("BERICHT_ONTVANGEN", "BERICHT_NIET_GEVONDEN", "BERICHT_GELEZEN");
    }

    @Test
    void hetOfficieleVoorbeeldMetEenOnmogelijkeDatumWordtAfgekeurdMetRegelEnRedenEnVerderWordtNietsBewaard() throws Exception {
        String bsn = Verzoeken.bsn();
        long client = api.client(urk, URK, bsn, "Tom de Wit", "Wijk 2 7");
        String xml = verzoek(bsn).replace("2027-03-31", "2027-06-31");
        int regel = 1 + (int) xml.substring(0, xml.indexOf("2027-06-31")).chars().filter(c -> c == '\n').count();
        JsonNode o = Besluiten.json(ontvang(urk, xml).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value("AFGEKEURD")));
        assertThat(o.get("meldingen").get(0).get("regel").asInt()).isEqualTo(regel);
        assertThat(o.get("meldingen").get(0).get("tekst").asText()).contains("2027-06-31");
        assertThat(o.get("reden").asText()).startsWith("regel " + regel + ": ");
        assertThat(o.get("aanvraagId").isNull()).isTrue();
        assertThat(aanvragen(client)).isZero();
        // stored as it came, with its reason
        JsonNode bewaard = Besluiten.json(api.haal(urk, "/api/berichten/inkomend/{id}", o.get("id").asLong()).andExpect(status().isOk()));
        assertThat(bewaard.get("status").asText()).isEqualTo("AFGEKEURD");
        assertThat(bewaard.get("regel").asInt()).isEqualTo(regel);

        // not XML at all; an external entity: rejected, never read
        ontvang(urk, "geen xml").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.status").value("AFGEKEURD"));
        ontvang(urk, "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.reden").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("root:"))));
        // an unknown client: to handle, with the reason
        ontvang(urk, verzoek(Verzoeken.bsn())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TE_BEHANDELEN"))
                .andExpect(jsonPath("$.reden").value(org.hamcrest.Matchers.containsString("geen cliënt met dit BSN")));
    }

    @Test
    void eenStartberichtWordtGeregistreerdBijDeToewijzingDieDeGemeenteVerstuurde() throws Exception {
        String bsn = Verzoeken.bsn();
        long client = api.client(urk, URK, bsn, "Jan de Vries", "Wijk 1 12");
        long beschikking = api.eerste(urk, client, Besluiten.groepMetAanbieder(Besluiten.AGB)).get("id").asLong();
        long uit = -1;
        for (JsonNode b : Besluiten.json(api.haal(urk, "/api/berichten/uitgaand")).get("berichten")) {
            if (b.get("beschikkingId").asLong() == beschikking) {
                uit = b.get("id").asLong();
            }
        }
        assertThat(uit).as("de 301 van het besluit").isPositive();
        byte[] xml = api.haal(urk, "/api/berichten/uitgaand/{id}", uit).andReturn().getResponse().getContentAsByteArray();
        var p = ((Toewijzingsbericht) Berichtlezer.lees(xml)).producten().get(0);
        Startbericht start = new Startbericht(new Header(Berichtsoort.JW305, Besluiten.AGB, URK, "305000000001",
                LocalDate.of(2025, 3, 3), Header.XsdVersie.RELEASE_3_2),
                new Clientkern(bsn, Geboortedatum.van(LocalDate.of(2013, 5, 1)), "1",
                        new Naam(new Achternaam("Vries", "de"), null, null, "J", null)),
                List.of(new StartProduct(p.toewijzingNummer(), p.product(), p.ingangsdatum(), LocalDate.of(2025, 3, 3), "1")));
        JsonNode o = Besluiten.json(ontvang(urk, new String(Berichtschrijver.schrijf(start), StandardCharsets.UTF_8))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERWERKT")));
        assertThat(o.get("clientId").asLong()).isEqualTo(client);
        assertThat(o.get("toewijzingnummer").asLong()).isEqualTo(p.toewijzingNummer());
        assertThat(o.get("datum").asText()).isEqualTo("2025-03-03");
        // a number the municipality never sent: to handle, for no client
        Startbericht onbekend = new Startbericht(start.header(), start.client(), List.of(new StartProduct(
                999_999_999L, new Product("45", "45F02"), p.ingangsdatum(), LocalDate.of(2025, 3, 3), "1")));
        ontvang(urk, new String(Berichtschrijver.schrijf(onbekend), StandardCharsets.UTF_8)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TE_BEHANDELEN"))
                .andExpect(jsonPath("$.reden").value(org.hamcrest.Matchers.containsString("999999999")))
                .andExpect(jsonPath("$.clientId").doesNotExist());
    }
}
