package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
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
 * The steering reports over decisions made through the API (issue 12): 12 Ridderkerk clients with a decided
 * line from 1 January to 31 March 2025, so that the cells are not suppressed; the cost per month is the lines' cost
 * pro rata by days. Only BELEID and AUDITOR read them, only for their own municipality; the budget is checked at the
 * field and audited; the CSV files have a header row and the page's cells.
 */
@WebTest
// Its own application context, so its own empty database: the reports add up every decision of Ridderkerk, and other
// web tests decide for Ridderkerk too (ToewijzingsberichtenTest), which would change the sums and the suppressed cells.
@org.springframework.test.context.TestPropertySource(properties = "indiceer.test.eigen-database=sturing")
class SturingApiTest {

    static final String NOP = "0597"; // Ridderkerk: its rulebook has tariffs
    static final String DRONTEN = "0303";
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String consulent;
    static String beleid;
    static String auditor;
    static String beleidElders;
    static BigDecimal kosten = BigDecimal.ZERO;
    static BigDecimal klein = BigDecimal.ZERO;

    @BeforeEach
    void opzet() throws Exception {
        if (consulent == null) {
            consulent = Aanmelding.nieuweGebruiker(mvc, "sturing-consulent", "consulent", NOP);
            beleid = Aanmelding.nieuweGebruiker(mvc, "sturing-beleid", "beleid", NOP);
            auditor = Aanmelding.nieuweGebruiker(mvc, "sturing-auditor", "auditor", NOP);
            beleidElders = Aanmelding.nieuweGebruiker(mvc, "sturing-elders", "beleid", DRONTEN);
            for (int i = 0; i < 12; i++) {
                kosten = kosten.add(besloten("Jeugdzorg Ridderkerk", "2025-01-01", "2025-03-31"));
            }
            // three clients of a small provider in June and July: too few to show
            for (int i = 0; i < 3; i++) {
                klein = klein.add(besloten("Kleine Aanbieder", "2025-06-01", "2025-07-31"));
            }
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

    /** A Ridderkerk client with a granted behandeling-basis line for January to March 2025; the line's decided cost. */
    BigDecimal besloten(String aanbieder, String begin, String eind) throws Exception {
        String client = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Sturingtest\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + NOP + "\",\"adres\":{\"straat\":\"Wijk 1 12\",\"postcode\":\"2981 AA\",\"woonplaats\":\"Ridderkerk\"}}";
        long id = json(stuur(consulent, "/api/clienten", client).andExpect(status().isCreated())).get("id").asLong();
        String invoer = """
                {"regio": "ridderkerk", "peildatum": "%s", "gemeente": "Ridderkerk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "behandeling-basis", "financiering": "ZIN", "aanbieder": "%s",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Wekelijks.",
                   "posten": [{"omschrijving": "behandeling", "uren": 1, "weken": 8, "per": "week"}]}]}""".formatted(begin, aanbieder, begin, eind);
        long aanvraag = json(stuur(consulent, "/api/aanvragen", "{\"clientId\": " + id + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated())).get("id").asLong();
        long beschikking = json(stuur(consulent, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Nodig.\"}]}")
                .andExpect(status().isCreated())).get("id").asLong();
        String inhoud = jdbc.sql("select inhoud from beschikking where id = ?").params(beschikking).query(String.class).single();
        BigDecimal k = Besluitdocument.lees(inhoud).regels().get(0).kosten();
        assertThat(k).isPositive();
        return k;
    }

    static BigDecimal deel(BigDecimal totaal, int dagen) {
        return totaal.multiply(BigDecimal.valueOf(dagen)).divide(BigDecimal.valueOf(90), MathContext.DECIMAL64);
    }

    @Test
    void verplichtingenPerMaandProductAanbiederEnWet() throws Exception {
        JsonNode r = json(haal(beleid, "/api/sturing/rapport?gemeente=" + NOP + "&van=2025-01&tot=2025-04").andExpect(status().isOk()));
        JsonNode maanden = r.get("verplichtingen").get("perMaand");
        assertThat(maanden.findValuesAsText("sleutel")).containsExactly("2025-01", "2025-02", "2025-03", "2025-04");
        // 1 January to 31 March is 90 days: January 31 of them, February 28, March 31
        assertThat(maanden.get(0).get("bedrag").decimalValue()).isCloseTo(deel(kosten, 31), within(new BigDecimal("0.01")));
        assertThat(maanden.get(1).get("bedrag").decimalValue()).isCloseTo(deel(kosten, 28), within(new BigDecimal("0.01")));
        assertThat(maanden.get(2).get("bedrag").decimalValue()).isCloseTo(deel(kosten, 31), within(new BigDecimal("0.01")));
        assertThat(maanden.get(0).get("clienten").asInt()).isEqualTo(12);
        assertThat(maanden.get(3).get("clienten").asInt()).isZero();
        assertThat(r.get("verplichtingen").get("totaal").get("bedrag").decimalValue())
                .isCloseTo(kosten, within(new BigDecimal("0.01")));
        assertThat(r.get("verplichtingen").get("perProduct").findValuesAsText("sleutel")).containsExactly("behandeling-basis");
        assertThat(r.get("verplichtingen").get("perAanbieder").findValuesAsText("sleutel")).containsExactly("Jeugdzorg Ridderkerk");
        assertThat(r.get("verplichtingen").get("perWet").findValuesAsText("sleutel")).containsExactly("jeugdwet");
        // no declaration answered yet: realised is zero beside what was committed
        assertThat(r.get("gerealiseerd").get("totaal").get("gerealiseerd").decimalValue()).isZero();
        assertThat(r.get("minimumGroep").asInt()).isEqualTo(10);
        // the auditor reads it too; the read is audited
        haal(auditor, "/api/sturing/rapport?gemeente=" + NOP).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'STURING_GELEZEN'").query(Long.class).single()).isPositive();
    }

    @Test
    void eenCelMetMinderDanTienClientenToontGeenBedrag() throws Exception {
        // June and July: only the three clients of the small provider, so every cell with them says "< 10"
        JsonNode v = json(haal(beleid, "/api/sturing/rapport?gemeente=" + NOP + "&van=2025-06&tot=2025-07")).get("verplichtingen");
        for (JsonNode cel : List.of(v.get("perMaand").get(0), v.get("perMaand").get(1), v.get("perAanbieder").get(0),
                v.get("perProduct").get(0), v.get("perWet").get(0), v.get("totaal"))) {
            assertThat(cel.get("onderdrukt").asBoolean()).isTrue();
            assertThat(cel.get("bedrag").isNull()).isTrue();
            assertThat(cel.get("clienten").isNull()).isTrue();
        }
        // over the year the small provider is suppressed, and so is the only other one (else it follows from the total)
        JsonNode jaar = json(haal(beleid, "/api/sturing/rapport?gemeente=" + NOP + "&jaar=2025")).get("verplichtingen");
        assertThat(jaar.get("perAanbieder").findValuesAsText("sleutel")).containsExactly("Jeugdzorg Ridderkerk", "Kleine Aanbieder");
        assertThat(jaar.get("perAanbieder").findValuesAsText("onderdrukt")).containsExactly("true", "true");
        assertThat(jaar.get("totaal").get("clienten").asInt()).isEqualTo(15);
        assertThat(jaar.get("totaal").get("bedrag").decimalValue()).isCloseTo(kosten.add(klein), within(new BigDecimal("0.01")));
        String csv = mvc.perform(get("/sturing/csv/aanbieders?gemeente=" + NOP + "&jaar=2025")
                .with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR"))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Kleine Aanbieder,Kleine Aanbieder,< 10,< 10,\r\n");
        assertThat(csv).doesNotContain(klein.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void alleenBeleidEnAuditorEnAlleenDeEigenGemeente() throws Exception {
        haal(consulent, "/api/sturing/rapport?gemeente=" + NOP).andExpect(status().isForbidden());
        haal(beleidElders, "/api/sturing/rapport?gemeente=" + NOP).andExpect(status().isNotFound());
        haal(beleid, "/api/sturing/rapport?gemeente=9999").andExpect(status().isNotFound());
        haal(beleidElders, "/api/sturing/rapport").andExpect(status().isOk())
                .andExpect(jsonPath("$.gemeente").value(DRONTEN))
                .andExpect(jsonPath("$.verplichtingen.totaal.clienten").value(0));
        haal(beleid, "/api/sturing/rapport?van=2025-05&tot=2025-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("TOT_VOOR_VAN"));
        haal(beleid, "/api/sturing/rapport?jaar=abc").andExpect(status().isBadRequest());
        // pages: a consultant is refused, another municipality is not found
        mvc.perform(get("/sturing").with(user(Aanmelding.naamVan(consulent)).roles("CONSULENT"))).andExpect(status().isForbidden());
        mvc.perform(get("/sturing?gemeente=" + NOP).with(user(Aanmelding.naamVan(beleidElders)).roles("BELEID")))
                .andExpect(status().isNotFound());
    }

    ResultActions zetBudget(String token, String gemeente, String wet, String jaar, String bedrag) throws Exception {
        return mvc.perform(put("/api/sturing/budget").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(java.util.Map.of(
                        "gemeente", gemeente, "wet", wet, "jaar", jaar, "bedrag", bedrag))));
    }

    @Test
    void budgetIngevoerdGecontroleerdEnTegenoverDePrognose() throws Exception {
        zetBudget(beleid, NOP, "jeugdwet", "2025", "1.000.000,00").andExpect(status().isNoContent());
        zetBudget(beleid, NOP, "jeugdwet", "2025", "900000").andExpect(status().isNoContent()); // replaces
        zetBudget(beleid, NOP, "jeugdwet", "2025", "-1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("bedrag")).andExpect(jsonPath("$.fouten[0].code").value("GEEN_BEDRAG"));
        zetBudget(beleid, NOP, "awbz", "2025", "1").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("WET_ONBEKEND"));
        zetBudget(beleidElders, NOP, "wmo", "2025", "1").andExpect(status().isNotFound());
        zetBudget(auditor, NOP, "wmo", "2025", "1").andExpect(status().isForbidden());
        zetBudget(consulent, NOP, "wmo", "2025", "1").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select bedrag from budget where gemeentecode = ? and wet = 'jeugdwet' and jaar = 2025")
                .params(NOP).query(BigDecimal.class).single()).isEqualByComparingTo("900000");
        assertThat(jdbc.sql("select count(*) from budget where gemeentecode = ? and wet = 'wmo'").params(NOP)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'BUDGET_GEZET' and object_type = 'budget 0597 jeugdwet'")
                .query(Long.class).single()).isEqualTo(2);

        JsonNode p = json(haal(beleid, "/api/sturing/rapport?gemeente=" + NOP + "&jaar=2025")).get("prognose");
        assertThat(p.findValuesAsText("wet")).containsExactly("jeugdwet");
        assertThat(p.get(0).get("budget").decimalValue()).isEqualByComparingTo("900000");
        assertThat(p.get(0).get("vastgelegd").decimalValue()).isCloseTo(kosten.add(klein), within(new BigDecimal("0.01")));
        assertThat(p.get(0).get("onderdrukt").asBoolean()).isFalse();

        // the page form: a wrong amount is said at the field (422), what was typed is kept; a good one is saved
        String naam = Aanmelding.naamVan(beleid);
        String fout = mvc.perform(post("/sturing/budget").with(user(naam).roles("BELEID")).with(csrf())
                        .param("gemeente", NOP).param("wet", "wmo").param("jaar", "2025").param("bedrag", "veel"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fout).contains("id=\"budget-bedrag-fout\"").contains("aria-describedby=\"budget-bedrag-fout\"")
                .contains("aria-invalid=\"true\"").contains("value=\"veel\"").contains("Vul een bedrag in euro in");
        mvc.perform(post("/sturing/budget").with(user(naam).roles("BELEID")).with(csrf())
                        .param("gemeente", NOP).param("wet", "wmo").param("jaar", "2025").param("bedrag", "250.000"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/sturing?gemeente=" + NOP + "&jaar=2025"));
        assertThat(jdbc.sql("select bedrag from budget where gemeentecode = ? and wet = 'wmo' and jaar = 2025")
                .params(NOP).query(BigDecimal.class).single()).isEqualByComparingTo("250000");
        // the auditor sees the page but may not enter a budget
        mvc.perform(post("/sturing/budget").with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR")).with(csrf())
                .param("gemeente", NOP).param("wet", "wmo").param("jaar", "2025").param("bedrag", "1"))
                .andExpect(status().isForbidden());
    }

    @Test
    void csvMetKopregelEnDezelfdeCellen() throws Exception {
        var antwoord = mvc.perform(get("/sturing/csv/maanden?gemeente=" + NOP + "&van=2025-01&tot=2025-02")
                        .with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse();
        List<String> regels = List.of(antwoord.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(regels.get(0)).isEqualTo("maand,naam,vastgelegd_euro,clienten,regels_zonder_tarief");
        assertThat(regels).hasSize(3);
        assertThat(regels.get(1)).startsWith("2025-01,2025-01," + deel(kosten, 31).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + ",12,0");
        mvc.perform(get("/sturing/csv/onbekend?gemeente=" + NOP).with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/sturing/csv/maanden?gemeente=" + NOP).with(user(Aanmelding.naamVan(beleidElders)).roles("BELEID")))
                .andExpect(status().isNotFound());
        // the page shows the tables with caption, the charts, and no suppression for 12 clients
        String pagina = mvc.perform(get("/sturing?gemeente=" + NOP + "&van=2025-01&tot=2025-04")
                        .with(user(Aanmelding.naamVan(beleid)).roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("id=\"diagram-maanden\"").contains("<caption").contains("scope=\"col\"")
                .contains("indiceer-staaf--vastgelegd").doesNotContain("style=").doesNotContain("<td class=\"utrecht-table__cell\">&lt; 10</td>")
                .contains("Vastgelegde kosten per maand, Ridderkerk").contains("Prognose en budget 2025")
                .contains(">Jeugdwet: prognose</text>");
    }
}
