package nl.indiceer.web.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Saved requests through the API: create, read, change with optimistic locking, lists with filters and keyset paging,
 * bad input (400 with the path of each wrong field, never a 500), and attempts to break the municipality scoping.
 */
@WebTest
class AanvraagApiTest {

    static final String BEESEL = "0889";
    static final String GENNEP = "0907";
    static final String BERGEN = "0893";

    @Autowired
    MockMvc mvc;

    @Autowired
    RegelingenInWerking regelingen;

    @Autowired
    JdbcClient jdbc;

    Verzoeken api;
    // made once for the class: adding a user and getting a token costs two bcrypt rounds
    static String beesel;
    static String beeselCollega;
    static String gennep;
    String invoer;
    String ongeldig;

    @BeforeEach
    void opzet() throws Exception {
        api = new Verzoeken(mvc);
        if (beesel == null) {
            beesel = Aanmelding.nieuweGebruiker(mvc, "beesel", "consulent", BEESEL);
            beeselCollega = Aanmelding.nieuweGebruiker(mvc, "beesel-collega", "backoffice", BEESEL);
            gennep = Aanmelding.nieuweGebruiker(mvc, "gennep", "consulent", GENNEP);
        }
        invoer = Verzoeken.voorbeeld("000-maand-voorbeeld-1.json");
        ongeldig = invoer.replace("\"uren\": 1,", "\"uren\": -1,");
        assertThat(ongeldig).isNotEqualTo(invoer);
    }

    private String hashVan(String regio, String geldigVanaf) {
        for (Regeling r : regelingen.nu().versies(regio)) {
            if (r.geldigVanaf().toString().equals(geldigVanaf)) {
                return r.versie().hash();
            }
        }
        throw new AssertionError("geen regeling " + regio + " " + geldigVanaf);
    }

    private List<String> audit(long aanvraagId) {
        // from its creation on: a test guessing ids may have looked for this id before it existed
        return jdbc.sql("""
                        select actie from auditregel where object_type = 'aanvraag' and object_id = :id
                        and id >= (select min(id) from auditregel where actie = 'AANVRAAG_AANGEMAAKT' and object_id = :id)
                        order by id""")
                .param("id", aanvraagId).query(String.class).list();
    }

    @Test
    void aanmakenBerekentAlsDeBerekeningEnLezenGeeftHetOpgeslagene() throws Exception {
        long client = api.client(beesel, BEESEL);
        // three lines with known costs: 232.53 + 55.65 + 2612.40
        String invoer = Verzoeken.voorbeeld("001-logeren-30-uur.json");
        String berekening = Verzoeken.tekst(api.stuur(beesel, "/api/berekening", invoer).andExpect(status().isOk()));

        ResultActions r = api.maak(beesel, Verzoeken.body(client, invoer, null))
                .andExpect(status().isCreated())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.clientId").value(client))
                .andExpect(jsonPath("$.gemeentecode").value(BEESEL))
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andExpect(jsonPath("$.consulent").value(Aanmelding.naamVan(beesel)))
                .andExpect(jsonPath("$.gewijzigdDoor").value(Aanmelding.naamVan(beesel)))
                .andExpect(jsonPath("$.versie").value(0))
                .andExpect(jsonPath("$.fouten").isEmpty())
                .andExpect(jsonPath("$.samenvatting.berekend").value(true))
                .andExpect(jsonPath("$.aangemaakt").isNotEmpty())
                .andExpect(jsonPath("$.gewijzigd").isNotEmpty());
        String antwoord = Verzoeken.tekst(r);
        JsonNode a = Verzoeken.JSON.readTree(antwoord);
        long id = a.get("id").asLong();
        assertThat(r.andReturn().getResponse().getHeader("Location")).isEqualTo("/api/aanvragen/" + id);

        // The input as sent, verbatim, and the result exactly as POST /api/berekening answers it.
        assertThat(antwoord).contains(invoer.strip()).contains(berekening);
        assertThat(a.get("resultaat")).isEqualTo(Verzoeken.JSON.readTree(berekening));
        assertThat(a.get("invoer")).isEqualTo(Verzoeken.JSON.readTree(invoer));

        // The rulebook version: the loaded one's SHA-256, the one the result names.
        JsonNode regeling = a.get("regeling");
        assertThat(regeling.get("regio").asText()).isEqualTo("noord-limburg");
        assertThat(regeling.get("hash").asText())
                .isEqualTo(hashVan("noord-limburg", regeling.get("geldigVanaf").asText()))
                .isEqualTo(a.at("/resultaat/regeling_versie/sha256").asText())
                .matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("select regeling_hash from aanvraag where id = ?").param(id).query(String.class).single())
                .isEqualTo(regeling.get("hash").asText());

        // Summary: the cost in cents and the findings by severity, as in the result.
        JsonNode resultaat = a.get("resultaat");
        java.math.BigDecimal totaal = java.math.BigDecimal.ZERO;
        for (JsonNode regel : resultaat.get("regels")) {
            totaal = totaal.add(regel.at("/kosten/totaal").decimalValue());
        }
        assertThat(totaal).isEqualByComparingTo("2900.58");
        assertThat(a.at("/samenvatting/kostenTotaalCent").asLong()).isEqualTo(290058);
        assertThat(a.at("/samenvatting/aantalFout").asInt()).isEqualTo(resultaat.findValues("ernst").stream()
                .filter(e -> e.asText().equals("FOUT")).count());
        assertThat(a.at("/samenvatting/aantalWaarschuwing").asInt()).isEqualTo(resultaat.findValues("ernst").stream()
                .filter(e -> e.asText().equals("WAARSCHUWING")).count());
        // a line without a known tariff: no total rather than part of one
        api.maak(beesel, Verzoeken.body(client, this.invoer, null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.samenvatting.berekend").value(true))
                .andExpect(jsonPath("$.samenvatting.kostenTotaalCent").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.samenvatting.aantalFout").value(0));

        String gelezen = Verzoeken.tekst(api.haal(beesel, "/api/aanvragen/{id}", id).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\"")));
        assertThat(Verzoeken.JSON.readTree(gelezen)).isEqualTo(a);
        api.haal(beeselCollega, "/api/aanvragen/{id}", id).andExpect(status().isOk());

        assertThat(audit(id)).containsExactly("AANVRAAG_AANGEMAAKT", "AANVRAAG_GELEZEN", "AANVRAAG_GELEZEN");
        assertThat(jdbc.sql("select gebruiker from auditregel where object_type = 'aanvraag' and object_id = ? order by id")
                .param(id).query(String.class).list().get(0)).isEqualTo(Aanmelding.naamVan(beesel));
    }

    @Test
    void eenConceptMetOngeldigeInvoerWordtBewaardMetDeFoutenIndienenNiet() throws Exception {
        long client = api.client(beesel, BEESEL);
        JsonNode berekening = Verzoeken.json(api.stuur(beesel, "/api/berekening", ongeldig).andExpect(status().isBadRequest()));

        JsonNode a = Verzoeken.json(api.maak(beesel, Verzoeken.body(client, ongeldig, "CONCEPT"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andExpect(jsonPath("$.resultaat").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.regeling").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.samenvatting.berekend").value(false))
                .andExpect(jsonPath("$.fouten[*].pad").value(hasItem("invoer.producten[0].posten[0].uren"))));
        // the same problems as the calculation, under "invoer"
        assertThat(a.get("fouten").size()).isEqualTo(berekening.get("fouten").size());
        for (int i = 0; i < a.get("fouten").size(); i++) {
            assertThat(a.get("fouten").get(i).get("pad").asText()).isEqualTo("invoer." + berekening.get("fouten").get(i).get("pad").asText());
            assertThat(a.get("fouten").get(i).get("code")).isEqualTo(berekening.get("fouten").get(i).get("code"));
        }
        assertThat(a.get("invoer")).isEqualTo(Verzoeken.JSON.readTree(ongeldig));
        long id = a.get("id").asLong();
        api.haal(beesel, "/api/aanvragen/{id}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.fouten[*].pad").value(hasItem("invoer.producten[0].posten[0].uren")));

        // An empty object is a draft too; its problems point into the input.
        api.maak(beesel, Verzoeken.body(client, "{}", null)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.fouten[*].pad").value(hasItem("invoer.regio")));

        // Handing in needs a computable request: 400, nothing stored.
        long voor = jdbc.sql("select count(*) from aanvraag where client_id = ?").param(client).query(Long.class).single();
        api.maak(beesel, Verzoeken.body(client, ongeldig, "INGEDIEND")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ONGELDIGE_AANVRAAG"))
                .andExpect(jsonPath("$.fouten[*].pad").value(hasItems("invoer.producten[0].posten[0].uren", "status")));
        api.wijzig(beesel, id, Verzoeken.wijziging(0, ongeldig, "INGEDIEND")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad").value(hasItems("invoer.producten[0].posten[0].uren", "status")));
        assertThat(jdbc.sql("select count(*) from aanvraag where client_id = ?").param(client).query(Long.class).single())
                .isEqualTo(voor);

        // Once computable, it can be handed in.
        api.wijzig(beesel, id, Verzoeken.wijziging(0, invoer, "INGEDIEND")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("INGEDIEND"))
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.fouten").isEmpty())
                .andExpect(jsonPath("$.resultaat.regeling_versie.sha256").isNotEmpty());
    }

    @Test
    void eenOngeldigeBodyIsEen400MetHetPadNooitEen500() throws Exception {
        long client = api.client(beesel, BEESEL);
        Object[][] gevallen = {
                {"{kapot", "$", "GEEN_JSON"},
                {"[1, 2]", "$", "GEEN_OBJECT"},
                {"", "$", "GEEN_OBJECT"},
                {"{\"clientId\": " + client + "} extra", "$", "GEEN_JSON"},
                {"{\"clientId\": " + client + ", \"invoer\": [1]}", "invoer", "GEEN_OBJECT"},
                {"{\"clientId\": " + client + ", \"invoer\": \"{}\"}", "invoer", "GEEN_OBJECT"},
                {"{\"clientId\": " + client + "}", "invoer", "ONTBREEKT"},
                {"{\"invoer\": {}}", "clientId", "ONTBREEKT"},
                {"{\"clientId\": \"twaalf\", \"invoer\": {}}", "clientId", "ONGELDIG_GETAL"},
                {"{\"clientId\": -1, \"invoer\": {}}", "clientId", "ONGELDIG_GETAL"},
                {"{\"clientId\": 1.5, \"invoer\": {}}", "clientId", "ONGELDIG_GETAL"},
                {"{\"clientId\": 99999999999999999999999, \"invoer\": {}}", "clientId", "ONGELDIG_GETAL"},
                {"{\"clientId\": " + client + ", \"status\": \"KLAAR\", \"invoer\": {}}", "status", "ONBEKENDE_STATUS"},
                {"{\"clientId\": " + client + ", \"status\": 1, \"invoer\": {}}", "status", "ONBEKENDE_STATUS"},
                {"{\"clientId\": " + client + ", \"stauts\": \"CONCEPT\", \"invoer\": {}}", "stauts", "ONBEKEND_VELD"},
                {"{\"clientId\": " + client + ", \"invoer\": {}, \"invoer\": {}}", "invoer", "DUBBEL_VELD"},
                {"{\"clientId\": " + client + ", \"invoer\": " + "[".repeat(30) + "]".repeat(30) + "}", "invoer", "TE_GROOT"},
                {"{\"clientId\": " + client + ", \"invoer\": {\"a\": {\"b\": [1, }}}", "$", "GEEN_JSON"},
                {"{\"clientId\": " + Long.MAX_VALUE + ", \"invoer\": {}}", "clientId", "CLIENT_ONBEKEND"},
        };
        for (Object[] g : gevallen) {
            api.maak(beesel, (String) g[0]).andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.fouten[*].pad").value(hasItem(g[1])))
                    .andExpect(jsonPath("$.fouten[*].code").value(hasItem(g[2])));
        }
        // more than one wrong field: every one named
        api.maak(beesel, "{\"clientId\": \"x\", \"status\": \"KLAAR\", \"invoer\": 3, \"extra\": 1}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("clientId", "status", "invoer", "extra")));
        // not UTF-8, too large, another media type
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/aanvragen")
                        .header("Authorization", "Bearer " + beesel).contentType(MediaType.APPLICATION_JSON)
                        .content(new byte[] {'{', '"', (byte) 0xC3, '"', '}'}))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("GEEN_UTF8"));
        byte[] groot = new byte[AanvraagController.MAXIMALE_BODY + 1];
        java.util.Arrays.fill(groot, (byte) ' ');
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/aanvragen")
                        .header("Authorization", "Bearer " + beesel).contentType(MediaType.APPLICATION_JSON).content(groot))
                .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.code").value("AANVRAAG_TE_GROOT"));
        StringBuilder grote = new StringBuilder("{\"clientId\": " + client + ", \"invoer\": {\"a\": [");
        while (grote.length() < AanvraagDienst.MAXIMALE_INVOER) {
            grote.append("\"").append("y".repeat(1000)).append("\",");
        }
        grote.append("1]}}");
        api.maak(beesel, grote.toString()).andExpect(status().isPayloadTooLarge());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/aanvragen")
                        .header("Authorization", "Bearer " + beesel).contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType()).andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
        api.haal(beesel, "/api/aanvragen/{id}", "abc").andExpect(status().isBadRequest());
        api.haal(beesel, "/api/aanvragen/{id}", "99999999999999999999999").andExpect(status().isBadRequest());
        api.haal(beesel, "/api/aanvragen/{id}", -1).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from aanvraag where client_id = ?").param(client).query(Long.class).single()).isZero();

        // A body sent back as answered (with id, resultaat, ...) is a valid change.
        long id = api.aanvraag(beesel, client, invoer, null);
        String terug = Verzoeken.tekst(api.haal(beesel, "/api/aanvragen/{id}", id));
        api.wijzig(beesel, id, terug).andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(1));
    }

    @Test
    void wijzigenMetDeJuisteVersieEnEenConflictBijEenVerouderdeVersie() throws Exception {
        long client = api.client(beesel, BEESEL);
        long id = api.aanvraag(beesel, client, invoer, null);
        String eerste = invoer.replace("Gemiddeld 1 uur per week", "Eerste wijziging");
        String tweede = invoer.replace("Gemiddeld 1 uur per week", "Tweede wijziging");

        api.wijzig(beeselCollega, id, Verzoeken.wijziging(0, eerste, null)).andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andExpect(jsonPath("$.consulent").value(Aanmelding.naamVan(beesel)))
                .andExpect(jsonPath("$.gewijzigdDoor").value(Aanmelding.naamVan(beeselCollega)))
                .andExpect(jsonPath("$.invoer.producten[0].motivering").value(containsString("Eerste wijziging")));

        // The consultant still works from version 0: refused, with who saved it when, and nothing stored.
        String conflict = Verzoeken.tekst(api.wijzig(beesel, id, Verzoeken.wijziging(0, tweede, "INGEDIEND"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AANVRAAG_GEWIJZIGD"))
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.gewijzigdDoor").value(Aanmelding.naamVan(beeselCollega)))
                .andExpect(jsonPath("$.gewijzigd").isNotEmpty())
                .andExpect(jsonPath("$.detail").value(containsString("collega (" + Aanmelding.naamVan(beeselCollega) + ")")))
                .andExpect(jsonPath("$.detail").value(containsString("versie 1")))
                .andExpect(jsonPath("$.detail").value(containsString("niet opgeslagen"))));
        assertThat(conflict).doesNotContain("Tweede wijziging");
        api.haal(beesel, "/api/aanvragen/{id}", id).andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(1))
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andExpect(jsonPath("$.invoer.producten[0].motivering").value(containsString("Eerste wijziging")));

        // The version in If-Match (an ETag) works too; a mismatch between the two, or none at all, is a 400.
        mvc.perform(put("/api/aanvragen/{id}", id).header("Authorization", "Bearer " + beesel).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(Verzoeken.wijziging(null, tweede, null)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versie").value(2));
        mvc.perform(put("/api/aanvragen/{id}", id).header("Authorization", "Bearer " + beesel).header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON).content(Verzoeken.wijziging(null, tweede, null)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("zelf")));
        mvc.perform(put("/api/aanvragen/{id}", id).header("Authorization", "Bearer " + beesel).header("If-Match", "\"2\"")
                        .contentType(MediaType.APPLICATION_JSON).content(Verzoeken.wijziging(1, tweede, null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("versie"));
        mvc.perform(put("/api/aanvragen/{id}", id).header("Authorization", "Bearer " + beesel).header("If-Match", "*")
                        .contentType(MediaType.APPLICATION_JSON).content(Verzoeken.wijziging(null, tweede, null)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("If-Match"));
        api.wijzig(beesel, id, Verzoeken.wijziging(null, tweede, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("versie")).andExpect(jsonPath("$.fouten[0].code").value("ONTBREEKT"));
        // An aanvraag does not move to another client.
        long andere = api.client(beesel, BEESEL);
        api.wijzig(beesel, id, "{\"versie\": 2, \"clientId\": " + andere + ", \"invoer\": " + invoer + "}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("clientId"));

        assertThat(audit(id)).containsExactly("AANVRAAG_AANGEMAAKT", "AANVRAAG_GEWIJZIGD", "AANVRAAG_GELEZEN", "AANVRAAG_GEWIJZIGD");
    }

    @Test
    void vanGelijktijdigeWijzigingenOpDezelfdeVersieWintEr1() throws Exception {
        long client = api.client(beesel, BEESEL);
        long id = api.aanvraag(beesel, client, invoer, null);
        int n = 6;
        ExecutorService draden = Executors.newFixedThreadPool(n);
        try {
            List<Future<MvcResult>> antwoorden = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String mijn = invoer.replace("Gemiddeld 1 uur per week", "Wijziging van draad " + i);
                String token = i % 2 == 0 ? beesel : beeselCollega;
                antwoorden.add(draden.submit((Callable<MvcResult>) () ->
                        api.wijzig(token, id, Verzoeken.wijziging(0, mijn, null)).andReturn()));
            }
            String winnaar = null;
            int conflicten = 0;
            for (Future<MvcResult> f : antwoorden) {
                MvcResult r = f.get();
                int s = r.getResponse().getStatus();
                if (s == 200) {
                    assertThat(winnaar).as("only one change on version 0 is saved").isNull();
                    winnaar = Verzoeken.JSON.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                            .at("/invoer/producten/0/motivering").asText();
                } else {
                    assertThat(s).isEqualTo(409);
                    conflicten++;
                }
            }
            assertThat(conflicten).isEqualTo(n - 1);
            api.haal(beesel, "/api/aanvragen/{id}", id).andExpect(jsonPath("$.versie").value(1))
                    .andExpect(jsonPath("$.invoer.producten[0].motivering").value(winnaar));
        } finally {
            draden.shutdownNow();
        }
    }

    @Test
    void eenConsulentVanBeeselKomtNietBijDeAanvragenVanGennep() throws Exception {
        long clientGennep = api.client(gennep, GENNEP);
        long vanGennep = api.aanvraag(gennep, clientGennep, invoer, null);
        long clientBeesel = api.client(beesel, BEESEL);
        long vanBeesel = api.aanvraag(beesel, clientBeesel, invoer, null);

        // Reading another municipality's aanvraag looks exactly like reading one that does not exist.
        String nietGevonden = Verzoeken.tekst(api.haal(beesel, "/api/aanvragen/{id}", vanGennep).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AANVRAAG_NIET_GEVONDEN")));
        String bestaatNiet = Verzoeken.tekst(api.haal(beesel, "/api/aanvragen/{id}", Long.MAX_VALUE).andExpect(status().isNotFound()));
        assertThat(nietGevonden.replace("/" + vanGennep + "\"", "/ID\""))
                .isEqualTo(bestaatNiet.replace("/" + Long.MAX_VALUE + "\"", "/ID\""));

        // Guessing ids: only Beesel's own answer.
        for (long id = 1; id <= Math.max(vanGennep, vanBeesel) + 3; id++) {
            MvcResult r = api.haal(beesel, "/api/aanvragen/{id}", id).andReturn();
            if (r.getResponse().getStatus() == 200) {
                assertThat(Verzoeken.JSON.readTree(r.getResponse().getContentAsString()).get("gemeentecode").asText())
                        .as("aanvraag %d", id).isEqualTo(BEESEL);
            } else {
                assertThat(r.getResponse().getStatus()).as("aanvraag %d", id).isEqualTo(404);
            }
        }

        // Changing it: the same 404, whatever the version, and nothing changes.
        for (int versie : new int[] {0, 1, 7}) {
            String antwoord = Verzoeken.tekst(api.wijzig(beesel, vanGennep, Verzoeken.wijziging(versie, "{}", "CONCEPT"))
                    .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("AANVRAAG_NIET_GEVONDEN")));
            assertThat(antwoord.replace("/" + vanGennep + "\"", "/ID\""))
                    .isEqualTo(Verzoeken.tekst(api.wijzig(beesel, Long.MAX_VALUE, Verzoeken.wijziging(versie, "{}", "CONCEPT")))
                            .replace("/" + Long.MAX_VALUE + "\"", "/ID\""));
        }
        api.haal(gennep, "/api/aanvragen/{id}", vanGennep).andExpect(status().isOk())
                .andExpect(jsonPath("$.versie").value(0)).andExpect(jsonPath("$.gewijzigdDoor").value(Aanmelding.naamVan(gennep)));

        // Creating one for Gennep's client: the same 400 as for a client that does not exist.
        String andermans = Verzoeken.tekst(api.maak(beesel, Verzoeken.body(clientGennep, invoer, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("clientId"))
                .andExpect(jsonPath("$.fouten[0].code").value("CLIENT_ONBEKEND")));
        assertThat(andermans).isEqualTo(Verzoeken.tekst(api.maak(beesel, Verzoeken.body(Long.MAX_VALUE, invoer, null))));

        // Lists: never Gennep's; filtering on Gennep is refused; the client's page is a 404 like a missing client.
        JsonNode lijst = Verzoeken.json(api.haal(beesel, "/api/aanvragen?grootte=100").andExpect(status().isOk()));
        for (JsonNode regel : lijst.get("aanvragen")) {
            assertThat(regel.get("gemeentecode").asText()).isEqualTo(BEESEL);
        }
        assertThat(lijst.findValuesAsText("id")).contains(Long.toString(vanBeesel)).doesNotContain(Long.toString(vanGennep));
        api.haal(beesel, "/api/aanvragen?gemeente={g}", GENNEP).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("gemeente")).andExpect(jsonPath("$.fouten[0].code").value("NIET_UW_GEMEENTE"));
        api.haal(beesel, "/api/aanvragen?consulent={c}", Aanmelding.naamVan(gennep)).andExpect(status().isOk())
                .andExpect(jsonPath("$.aanvragen").isEmpty());
        String clientNietGevonden = Verzoeken.tekst(api.haal(beesel, "/api/clienten/{id}/aanvragen", clientGennep)
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("CLIENT_NIET_GEVONDEN")));
        assertThat(clientNietGevonden.replace("/" + clientGennep + "/", "/ID/")).isEqualTo(
                Verzoeken.tekst(api.haal(beesel, "/api/clienten/{id}/aanvragen", Long.MAX_VALUE)).replace("/" + Long.MAX_VALUE + "/", "/ID/"));

        // A user without municipalities sees nothing and creates nothing.
        String nergens = Aanmelding.nieuweGebruiker(mvc, "nergens", "consulent");
        api.haal(nergens, "/api/aanvragen/{id}", vanBeesel).andExpect(status().isNotFound());
        api.haal(nergens, "/api/aanvragen").andExpect(status().isOk()).andExpect(jsonPath("$.aanvragen").isEmpty());
        api.maak(nergens, Verzoeken.body(clientBeesel, invoer, null)).andExpect(status().isBadRequest());
        api.wijzig(nergens, vanBeesel, Verzoeken.wijziging(0, invoer, null)).andExpect(status().isNotFound());

        // Who works for both sees both.
        String beide = Aanmelding.nieuweGebruiker(mvc, "beide", "backoffice", BEESEL, GENNEP);
        api.haal(beide, "/api/aanvragen/{id}", vanGennep).andExpect(status().isOk());
        api.haal(beide, "/api/aanvragen/{id}", vanBeesel).andExpect(status().isOk());
    }

    @Test
    void alleenConsulentEnBackofficeWerkenMetAanvragen() throws Exception {
        long client = api.client(beesel, BEESEL);
        long id = api.aanvraag(beesel, client, invoer, null);
        String auditor = Aanmelding.nieuweGebruiker(mvc, "aanvraag-auditor", "auditor", BEESEL);
        String beleid = Aanmelding.nieuweGebruiker(mvc, "aanvraag-beleid", "beleid", BEESEL);
        for (String token : new String[] {auditor, beleid, Aanmelding.beheerderToken(mvc)}) {
            api.haal(token, "/api/aanvragen/{id}", id).andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("GEEN_TOEGANG"));
            api.haal(token, "/api/aanvragen").andExpect(status().isForbidden());
            api.maak(token, Verzoeken.body(client, invoer, null)).andExpect(status().isForbidden());
            api.wijzig(token, id, Verzoeken.wijziging(0, invoer, null)).andExpect(status().isForbidden());
            api.haal(token, "/api/clienten/{id}/aanvragen", client).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/aanvragen/{id}", id)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/aanvragen")).andExpect(status().isUnauthorized());
    }

    @Test
    void deBeschrijvingNoemtDeAanvragen() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/aanvragen'].post.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/aanvragen'].get.parameters[*].name")
                        .value(containsInAnyOrder("status", "gemeente", "consulent", "na", "grootte")))
                .andExpect(jsonPath("$.paths['/api/aanvragen/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/aanvragen/{id}'].put.requestBody").exists())
                .andExpect(jsonPath("$.paths['/api/clienten/{id}/aanvragen'].get").exists())
                .andExpect(jsonPath("$.paths['/api/aanvragen'].post.responses['201']").exists())
                .andExpect(jsonPath("$.paths['/api/aanvragen/{id}'].put.responses['409']").exists())
                .andExpect(jsonPath("$.components.schemas.Aanvraag.properties.invoer.type").value("object"))
                .andExpect(jsonPath("$.components.schemas.Aanvraag.properties.resultaat.type").value("object"));
    }
}
