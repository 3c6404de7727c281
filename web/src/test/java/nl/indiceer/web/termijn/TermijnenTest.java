package nl.indiceer.web.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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
 * The deadlines list (issue 10): an allocation of a stored decision that ends within the weeks looked ahead is listed
 * for its municipality, with whose it is; not for another municipality, not beyond the period; filters are checked.
 */
@WebTest
class TermijnenTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String urk;
    static String dronten;
    static String beleid;

    @BeforeEach
    void opzet() throws Exception {
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "termijn-urk", "consulent", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "termijn-dronten", "consulent", DRONTEN);
            beleid = Aanmelding.nieuweGebruiker(mvc, "termijn-beleid", "beleid", URK);
        }
    }

    ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions haal(String token, String pad) throws Exception {
        return mvc.perform(get(pad).header("Authorization", "Bearer " + token));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** A granted allocation of a new Urk client, running from two months ago to {@code eind}; its id. */
    String besloten(LocalDate eind) throws Exception {
        String client = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Termijntest\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + URK + "\",\"adres\":{\"straat\":\"Wijk 1 12\",\"postcode\":\"8321 AA\",\"woonplaats\":\"Urk\"}}";
        long id = json(stuur(urk, "/api/clienten", client).andExpect(status().isCreated())).get("id").asLong();
        LocalDate begin = eind.minusMonths(2);
        String invoer = """
                {"regio": "flevoland", "peildatum": "%s", "gemeente": "Urk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "45F02", "variant": "A", "financiering": "ZIN", "begindatum": "%s",
                   "einddatum": "%s", "periode": "TOTAAL", "motivering": "Categorie A.",
                   "posten": [{"omschrijving": "groep", "uren": 2, "weken": 8, "per": "week"}]}]}""".formatted(begin, begin, eind);
        long aanvraag = json(stuur(urk, "/api/aanvragen", "{\"clientId\": " + id + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated())).get("id").asLong();
        JsonNode b = json(stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Nodig.\"}]}")
                .andExpect(status().isCreated()));
        return b.get("kenmerk").asText() + "/0";
    }

    @Test
    void eenToewijzingDieBinnenkortEindigtStaatOpDeLijstVanHaarGemeente() throws Exception {
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String binnenkort = besloten(vandaag.plusWeeks(3));
        String later = besloten(vandaag.plusWeeks(20));

        JsonNode lijst = json(haal(urk, "/api/termijnen").andExpect(status().isOk()));
        List<String> ids = lijst.get("termijnen").findValuesAsText("toewijzing");
        assertThat(ids).contains(binnenkort).doesNotContain(later);
        JsonNode regel = lijst.get("termijnen").get(ids.indexOf(binnenkort));
        assertThat(regel.get("soort").asText()).isEqualTo("TOEWIJZING_EINDIGT");
        assertThat(regel.get("datum").asText()).isEqualTo(vandaag.plusWeeks(3).toString());
        assertThat(regel.get("verlopen").asBoolean()).isFalse();
        assertThat(regel.get("gemeentecode").asText()).isEqualTo(URK);
        assertThat(regel.get("consulent").asText()).isEqualTo(Aanmelding.naamVan(urk));
        assertThat(lijst.get("weken").asInt()).isEqualTo(8);

        // further ahead, the later one too; per consultant: someone else's list has neither
        assertThat(json(haal(urk, "/api/termijnen?weken=21")).get("termijnen").findValuesAsText("toewijzing"))
                .contains(binnenkort, later);
        assertThat(json(haal(urk, "/api/termijnen?consulent=iemand-anders")).get("termijnen").findValuesAsText("toewijzing"))
                .doesNotContain(binnenkort);

        // another municipality sees none of it, also when it asks for Urk by name
        assertThat(json(haal(dronten, "/api/termijnen?weken=52")).get("termijnen").findValuesAsText("toewijzing"))
                .doesNotContain(binnenkort, later);
        haal(dronten, "/api/termijnen?gemeente=" + URK).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("gemeente"))
                .andExpect(jsonPath("$.fouten[0].code").value("GEMEENTE_ONBEKEND"));
        // bad filters: a stable code at the field
        haal(urk, "/api/termijnen?weken=0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("WEKEN_BUITEN_BEREIK"));
        haal(urk, "/api/termijnen?weken=53").andExpect(status().isBadRequest());
        haal(urk, "/api/termijnen?weken=abc").andExpect(status().isBadRequest());
        haal(urk, "/api/termijnen?consulent=%3Cscript%3E").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("GEEN_GEBRUIKERSNAAM"));
        // policy officers do not see client-level deadlines
        haal(beleid, "/api/termijnen").andExpect(status().isForbidden());
        // the read is audited with its count
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'TERMIJNEN_GELEZEN'").query(Long.class).single())
                .isPositive();
    }
}
