package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.Antwoordbericht;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Wijzigingsverzoek;
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
 * Answering providers' requests and reading their retours through the API: a 315's product the municipality does not
 * buy is refused at once with a 319; the consultant refuses the rest with a reason of WJ759; a 317 becomes one draft
 * change request (Flevoland's extension through a 317 judged by the region's limits); a JW302/JW320 sets the status of
 * the message it answers and keeps its codes. Another municipality gets 404 for all of it.
 */
@WebTest
class AntwoordenTest {

    static final String URK = InkomendeBerichtenTest.URK;
    static final String DRONTEN = InkomendeBerichtenTest.DRONTEN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Uitbox uitbox;

    Besluiten api;
    static String urk;
    static String dronten;

    @BeforeEach
    void opzet() throws Exception {
        api = new Besluiten(mvc);
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-antw", "consulent", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten-antw", "consulent", DRONTEN);
        }
    }

    ResultActions ontvang(String token, String xml) throws Exception {
        return mvc.perform(post("/api/berichten").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions wijsAf(String token, long id, String body) throws Exception {
        return api.stuur(token, "/api/berichten/inkomend/" + id + "/afwijzing", body);
    }

    JsonNode antwoorden(String token, long id) throws Exception {
        return Besluiten.json(api.haal(token, "/api/berichten/inkomend/{id}/antwoorden", id).andExpect(status().isOk()));
    }

    byte[] inhoud(long uitgaand) {
        return jdbc.sql("select inhoud from uitgaand_bericht where id = ?").params(uitgaand).query(byte[].class).single();
    }

    static void geldig(Berichtsoort soort, byte[] xml) throws Exception {
        Schemacontrole.ingesteldeMap();
        var map = Schemacontrole.ingesteldeMap();
        if (map != null && java.nio.file.Files.isDirectory(map.resolve("ijw/xsd"))) {
            assertThat(Schemacontrole.uit(map).controleer(soort, xml)).isEmpty();
        }
    }

    @Test
    void eenProductDatDeGemeenteNietInkooptWordtMeteenAfgewezenEnDeConsulentWijstDeRestAf() throws Exception {
        String bsn = Verzoeken.bsn();
        api.client(urk, URK, bsn, "Tom de Wit", "Wijk 2 7");
        JsonNode o = Besluiten.json(ontvang(urk, InkomendeBerichtenTest.verzoek(bsn)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERWERKT")));
        long id = o.get("id").asLong();

        // 55A12 is no product of Flevoland's rulebook: one JW319, reason 3 (geen contract), for that product only
        JsonNode a = antwoorden(urk, id);
        assertThat(a.get("beantwoordMet")).hasSize(1);
        assertThat(a.get("open")).extracting(JsonNode::asText).containsExactly("40A12341234");
        assertThat(a.get("teBeantwoorden").asBoolean()).isTrue();
        assertThat(a.get("controle").isNull()).as("Urk's client lives in Urk").isTrue();
        JsonNode automatisch = a.get("beantwoordMet").get(0);
        assertThat(automatisch.get("soort").asText()).isEqualTo("JW319");
        assertThat(automatisch.get("status").asText()).isEqualTo("AANGEMAAKT");
        byte[] xml = inhoud(automatisch.get("id").asLong());
        Antwoordbericht eerste = (Antwoordbericht) Berichtlezer.lees(xml);
        assertThat(eerste.referentieAanbieder()).isEqualTo("40A12341235");
        assertThat(eerste.verzoekAntwoord()).isEqualTo("1");
        assertThat(eerste.redenAfwijzingVerzoek()).isEqualTo("3");
        assertThat(eerste.header().afzender()).isEqualTo(URK);
        assertThat(eerste.header().ontvanger()).isEqualTo("42420001");
        geldig(Berichtsoort.JW319, xml);

        // a reason outside WJ759, an unknown product, a municipality without reason 8: 422 naming the field, nothing made
        wijsAf(urk, id, "{\"reden\": \"12\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_REDEN")).andExpect(jsonPath("$.veld").value("reden"));
        wijsAf(urk, id, "{\"reden\": \"7\", \"referentie\": \"40A12341235\"}").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("ONBEKENDE_REFERENTIE"));
        wijsAf(urk, id, "{\"reden\": \"7\", \"woonplaatsbeginselGemeente\": \"0034\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("ONGELDIGE_GEMEENTE"))
                .andExpect(jsonPath("$.veld").value("woonplaatsbeginselGemeente"));
        assertThat(antwoorden(urk, id).get("beantwoordMet")).hasSize(1);

        // another municipality: 404 as for a message that does not exist, and nothing is made
        wijsAf(dronten, id, "{\"reden\": \"7\"}").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BERICHT_NIET_GEVONDEN"));
        api.haal(dronten, "/api/berichten/inkomend/{id}/antwoorden", id).andExpect(status().isNotFound());
        assertThat(antwoorden(urk, id).get("beantwoordMet")).hasSize(1);

        // the consultant refuses the rest: the request is answered and leaves the deadlines list
        JsonNode na = Besluiten.json(wijsAf(urk, id, "{\"reden\": \"7\"}").andExpect(status().isCreated()));
        assertThat(na.get("status").asText()).isEqualTo("BEANTWOORD");
        assertThat(na.get("teBeantwoorden").asBoolean()).isFalse();
        assertThat(na.get("beantwoordMet")).hasSize(2);
        byte[] tweede = inhoud(na.get("beantwoordMet").get(1).get("id").asLong());
        Antwoordbericht zeven = (Antwoordbericht) Berichtlezer.lees(tweede);
        assertThat(zeven.referentieAanbieder()).isEqualTo("40A12341234");
        assertThat(zeven.redenAfwijzingVerzoek()).isEqualTo("7");
        geldig(Berichtsoort.JW319, tweede);
        assertThat(jdbc.sql("select inkomend_bericht_id from uitgaand_bericht where id = ?")
                .params(na.get("beantwoordMet").get(1).get("id").asLong()).query(Long.class).single()).isEqualTo(id);
        wijsAf(urk, id, "{\"reden\": \"7\"}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("AL_BEANTWOORD"));
        assertThat(Besluiten.json(api.haal(urk, "/api/termijnen?weken=52")).get("termijnen").findValues("berichtId"))
                .noneMatch(n -> n.asLong() == id);
        // the writer puts the 319s in the provider's folder like any message
        uitbox.schrijfOpenstaande();
        assertThat(jdbc.sql("select status from uitgaand_bericht where id = ?").params(automatisch.get("id").asLong())
                .query(String.class).single()).isEqualTo("VERZONDEN");
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'BERICHT_BEANTWOORD' and object_id = ?")
                .params(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hetWoonplaatsbeginselWordtAlleenGemeldEnDeConsulentNoemtDeGemeente() throws Exception {
        // a client unknown here: flagged, not refused (only 55A12, which Flevoland does not buy, is)
        JsonNode o = Besluiten.json(ontvang(urk, InkomendeBerichtenTest.verzoek(Verzoeken.bsn())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TE_BEHANDELEN")));
        long id = o.get("id").asLong();
        JsonNode a = antwoorden(urk, id);
        assertThat(a.get("controle").asText()).isEqualTo(Inkoopcontrole.CLIENT_ONBEKEND);
        assertThat(a.get("open")).extracting(JsonNode::asText).containsExactly("40A12341234");
        JsonNode na = Besluiten.json(wijsAf(urk, id, "{\"reden\": \"8\", \"woonplaatsbeginselGemeente\": \"0034\"}")
                .andExpect(status().isCreated()));
        Antwoordbericht w = (Antwoordbericht) Berichtlezer.lees(inhoud(na.get("beantwoordMet").get(1).get("id").asLong()));
        assertThat(w.redenAfwijzingVerzoek()).isEqualTo("8");
        assertThat(w.woonplaatsbeginselGemeente()).isEqualTo("0034");
        assertThat(na.get("status").asText()).isEqualTo("BEANTWOORD");

        // a client whose address is elsewhere: flagged as well
        String bsn = Verzoeken.bsn();
        api.stuur(urk, "/api/clienten", "{\"bsn\":\"" + bsn + "\",\"naam\":\"Anna Smit\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + URK + "\",\"adres\":{\"straat\":\"Dorpsstraat 1\",\"postcode\":\"8256 AA\","
                + "\"woonplaats\":\"Biddinghuizen\"}}").andExpect(status().isCreated());
        long ander = Besluiten.json(ontvang(urk, InkomendeBerichtenTest.verzoek(bsn)).andExpect(status().isCreated())).get("id").asLong();
        assertThat(antwoorden(urk, ander).get("controle").asText()).isEqualTo(Inkoopcontrole.ANDERE_WOONPLAATS);
    }

    /** A Flevoland 45F02 allocation of six months running now, decided and sent in a 301. */
    ToegewezenProduct lopendeToewijzing(long client, LocalDate begin, LocalDate eind) throws Exception {
        String invoer = Besluiten.groepMetAanbieder(Besluiten.AGB).replace("\"weken\": 48,", "")
                .replace("2025-03-01", begin.toString()).replace("2026-02-28", eind.toString());
        long beschikking = api.eerste(urk, client, invoer).get("id").asLong();
        long uit = jdbc.sql("select id from uitgaand_bericht where beschikking_id = ?").params(beschikking)
                .query(Long.class).single();
        return ((Toewijzingsbericht) Berichtlezer.lees(inhoud(uit))).producten().get(0);
    }

    static String wijziging(String bsn, String identificatie, TeWijzigenProduct p) {
        return new String(Berichtschrijver.schrijf(new Wijzigingsverzoek(new Header(Berichtsoort.JW317, Besluiten.AGB, URK,
                identificatie, LocalDate.now(), Header.XsdVersie.RELEASE_3_2), bsn, "VOW-" + identificatie, "1",
                List.of(), List.of(p), List.of())), StandardCharsets.UTF_8);
    }

    @Test
    void eenVerzoekOmAlleenEenNieuweEinddatumIsInFlevolandEenVerlengingMetDeGrenzenVanDeRegeling() throws Exception {
        String bsn = Verzoeken.bsn();
        long client = api.client(urk, URK, bsn, "Mees Bakker", "Wijk 3 4");
        LocalDate begin = LocalDate.now().minusMonths(4).withDayOfMonth(1);
        LocalDate eind = begin.plusMonths(6).minusDays(1);
        ToegewezenProduct t = lopendeToewijzing(client, begin, eind);

        // two months later, the volume as allocated: within half of six months (002:389-393)
        JsonNode o = Besluiten.json(ontvang(urk, wijziging(bsn, "317000000001", new TeWijzigenProduct(t.toewijzingNummer(),
                t.ingangsdatum(), eind.plusMonths(2), t.omvang(), null))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("VERWERKT")));
        JsonNode aanvraag = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", o.get("aanvraagId").asLong()));
        JsonNode regel = aanvraag.get("invoer").get("producten").get(0);
        assertThat(regel.has("verlengt")).isTrue();
        assertThat(regel.get("begindatum").asText()).isEqualTo(eind.plusDays(1).toString());
        assertThat(regel.get("einddatum").asText()).isEqualTo(eind.plusMonths(2).toString());
        assertThat(regel.has("posten")).isFalse();
        assertThat(aanvraag.get("resultaat").toString()).as(aanvraag.toString()).contains("VERLENGING_UITERLIJKE_EINDDATUM")
                .doesNotContain("VERLENGING_TE_LANG");

        // four months later: more than half of the original six months, the engine says so with the rulebook's source
        JsonNode te = Besluiten.json(ontvang(urk, wijziging(bsn, "317000000002", new TeWijzigenProduct(t.toewijzingNummer(),
                t.ingangsdatum(), eind.plusMonths(4), t.omvang(), null))).andExpect(status().isCreated()));
        JsonNode lang = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", te.get("aanvraagId").asLong()));
        assertThat(lang.get("resultaat").toString()).contains("VERLENGING_TE_LANG").contains("r. 383-404");

        // another volume: not only a new end date, so an ordinary change the consultant judges as a whole
        Omvang meer = new Omvang(t.omvang().volume() + 60, t.omvang().eenheid(), t.omvang().frequentie());
        JsonNode w = Besluiten.json(ontvang(urk, wijziging(bsn, "317000000003", new TeWijzigenProduct(t.toewijzingNummer(),
                LocalDate.now(), eind.plusMonths(2), meer, null))).andExpect(status().isCreated()));
        JsonNode wijzigt = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", w.get("aanvraagId").asLong()))
                .get("invoer").get("producten").get(0);
        assertThat(wijzigt.has("wijzigt")).isTrue();
        assertThat(wijzigt.has("verlengt")).isFalse();

        // a number this municipality never sent: to handle, refused as a whole with one 319
        JsonNode onbekend = Besluiten.json(ontvang(urk, wijziging(bsn, "317000000004", new TeWijzigenProduct(999_999_998L,
                LocalDate.now(), eind.plusMonths(1), t.omvang(), null))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TE_BEHANDELEN")));
        JsonNode geheel = Besluiten.json(wijsAf(urk, onbekend.get("id").asLong(), "{\"reden\": \"1\"}").andExpect(status().isCreated()));
        assertThat(geheel.get("beantwoordMet")).hasSize(1);
        Antwoordbericht a = (Antwoordbericht) Berichtlezer.lees(inhoud(geheel.get("beantwoordMet").get(0).get("id").asLong()));
        assertThat(a.referentieAanbieder()).isEqualTo("VOW-317000000004");
    }

    static String retour(Berichtsoort soort, String identificatie, String ontvanger, List<String> codes) {
        String p = soort == Berichtsoort.JW302 ? "jw302" : "jw320";
        StringBuilder c = new StringBuilder();
        codes.forEach(code -> c.append("<").append(p).append(":RetourCode>").append(code).append("</").append(p).append(":RetourCode>"));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<" + p + ":Bericht xmlns:" + p + "=\"" + soort.namespace()
                + "\" xmlns:ijw=\"http://www.istandaarden.nl/ijw/3_2/basisschema/schema\"><" + p + ":Header><" + p
                + ":BerichtCode>" + soort.berichtcode() + "</" + p + ":BerichtCode><" + p + ":BerichtVersie>3</" + p
                + ":BerichtVersie><" + p + ":BerichtSubversie>2</" + p + ":BerichtSubversie><" + p + ":Afzender>" + URK
                + "</" + p + ":Afzender><" + p + ":Ontvanger>" + ontvanger + "</" + p + ":Ontvanger><" + p
                + ":BerichtIdentificatie><ijw:Identificatie>" + identificatie + "</ijw:Identificatie><ijw:Dagtekening>"
                + LocalDate.now() + "</ijw:Dagtekening></" + p + ":BerichtIdentificatie><" + p + ":XsdVersie>"
                + "<ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></"
                + p + ":XsdVersie><" + p + ":IdentificatieRetour>R" + identificatie + "</" + p + ":IdentificatieRetour><" + p
                + ":DagtekeningRetour>" + LocalDate.now() + "</" + p + ":DagtekeningRetour><" + p + ":XsdVersieRetour>"
                + "<ijw:BasisschemaXsdVersie>1.0.0</ijw:BasisschemaXsdVersie><ijw:BerichtXsdVersie>1.0.0</ijw:BerichtXsdVersie></"
                + p + ":XsdVersieRetour><" + p + ":RetourCodes>" + c + "</" + p + ":RetourCodes></" + p + ":Header></" + p
                + ":Bericht>";
    }

    String identificatie(long uitgaand) {
        return jdbc.sql("select identificatie from uitgaand_bericht where id = ?").params(uitgaand).query(String.class).single();
    }

    @Test
    void eenRetourZetDeStatusVanHetBerichtDatHetBeantwoordtEnToontDeCodes() throws Exception {
        long client = api.client(urk, URK);
        LocalDate begin = LocalDate.now().withDayOfMonth(1);
        lopendeToewijzing(client, begin, begin.plusMonths(6).minusDays(1));
        List<Long> ids = new ArrayList<>(jdbc.sql("select id from uitgaand_bericht where client_id = ? and soort = 'JW301'")
                .params(client).query(Long.class).list());
        long uit = ids.get(0);

        uitbox.schrijfOpenstaande(); // the writer runs after every decision too; this makes sure it was sent

        // every part without remarks: RETOUR_ONTVANGEN, the code with its meaning from the official list (when configured)
        JsonNode o = Besluiten.json(ontvang(urk, retour(Berichtsoort.JW302, identificatie(uit), Besluiten.AGB, List.of("0200")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.soort").value("JW302"))
                .andExpect(jsonPath("$.status").value("VERWERKT")));
        assertThat(o.get("clientId").asLong()).isEqualTo(client);
        JsonNode r = Besluiten.json(api.haal(urk, "/api/berichten/uitgaand/{id}/retour", uit).andExpect(status().isOk()));
        assertThat(r.get("status").asText()).isEqualTo("RETOUR_ONTVANGEN");
        assertThat(r.get("retourcodes").get(0).get("code").asText()).isEqualTo("0200");
        assertThat(r.get("retourcodes").get(0).get("deel").asText()).isEqualTo("Header");
        if (Schemacontrole.ingesteldeMap() != null) {
            assertThat(r.get("retourcodes").get(0).get("betekenis").asText()).isEqualTo("Geen opmerking over deze berichtklasse.");
        }
        // a second retour on the same message changes nothing
        ontvang(urk, retour(Berichtsoort.JW302, identificatie(uit), Besluiten.AGB, List.of("9332")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("TE_BEHANDELEN"));
        assertThat(Besluiten.json(api.haal(urk, "/api/berichten/uitgaand/{id}/retour", uit)).get("status").asText())
                .isEqualTo("RETOUR_ONTVANGEN");
        // another municipality: 404, and it cannot post a retour on Urk's message
        api.haal(dronten, "/api/berichten/uitgaand/{id}/retour", uit).andExpect(status().isNotFound());
        ontvang(dronten, retour(Berichtsoort.JW302, identificatie(uit), Besluiten.AGB, List.of("9332")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.meldingen[0].code").value("AFZENDER"));
        // a retour on a message never sent, with another provider: to handle with the reason
        ontvang(urk, retour(Berichtsoort.JW302, "999999", Besluiten.AGB, List.of("0200"))).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("TE_BEHANDELEN"))
                .andExpect(jsonPath("$.reden").value(org.hamcrest.Matchers.containsString("geen JW301")));

        // a 319 refused by the provider (JW320 with a refusing code): AFGEKEURD
        JsonNode v = Besluiten.json(ontvang(urk, InkomendeBerichtenTest.verzoek(Verzoeken.bsn())).andExpect(status().isCreated()));
        long a319 = antwoorden(urk, v.get("id").asLong()).get("beantwoordMet").get(0).get("id").asLong();
        uitbox.schrijfOpenstaande();
        ontvang(urk, retour(Berichtsoort.JW320, identificatie(a319), "42420001", List.of("0200", "9365")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERWERKT"));
        JsonNode af = Besluiten.json(api.haal(urk, "/api/berichten/uitgaand/{id}/retour", a319));
        assertThat(af.get("status").asText()).isEqualTo("AFGEKEURD");
        assertThat(af.get("retourcodes").findValues("code")).extracting(JsonNode::asText).containsExactly("0200", "9365");
        // a malformed retour: rejected with its line, nothing matched
        ontvang(urk, retour(Berichtsoort.JW320, identificatie(a319), "42420001", List.of("92x5")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.status").value("AFGEKEURD"));
    }

    @Test
    void eenToegekendVerzoekIsBeantwoordMetDe301VanHetBesluit() throws Exception {
        String bsn = Verzoeken.bsn();
        api.client(urk, URK, bsn, "Lot Visser", "Wijk 5 6");
        long id = Besluiten.json(ontvang(urk, new String(Verzoekberichten.jw315(bsn, URK, Besluiten.AGB, "315000000071", "45F02"),
                StandardCharsets.UTF_8)).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERWERKT")))
                .get("id").asLong();
        JsonNode o = Besluiten.json(api.haal(urk, "/api/berichten/inkomend/{id}", id));
        long aanvraag = o.get("aanvraagId").asLong();
        JsonNode concept = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", aanvraag));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/aanvragen/" + aanvraag)
                        .header("Authorization", "Bearer " + urk).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"versie\": " + concept.get("versie").asInt() + ", \"status\": \"INGEDIEND\", \"invoer\": "
                                + concept.get("invoer") + "}"))
                .andExpect(status().isOk());
        long beschikking = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": "
                + "[{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd met de teamleider.\"}]}")
                .andExpect(status().isCreated())).get("id").asLong();

        // the request -> decision -> 301 link, visible on the incoming message; nothing left to refuse
        JsonNode a = antwoorden(urk, id);
        assertThat(a.get("teBeantwoorden").asBoolean()).isFalse();
        assertThat(a.get("beantwoordMet")).hasSize(1);
        assertThat(a.get("beantwoordMet").get(0).get("soort").asText()).isEqualTo("JW301");
        assertThat(a.get("beantwoordMet").get(0).get("beschikkingId").asLong()).isEqualTo(beschikking);
        wijsAf(urk, id, "{\"reden\": \"7\"}").andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("AL_BESLOTEN"));
    }
}

