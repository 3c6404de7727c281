package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * What a rule change would do (issue 12): an uploaded copy of the shipped Ridderkerk rulebook with the ZIN hourly
 * tariff of behandeling-basis raised from 115,20 to 125,00 (004:1652) changes the cost of every running decided
 * request for that product, and nothing else; the version in force is untouched. Refused files say why; only the
 * beleid role may try it.
 */
@WebTest
class RegelwijzigingTest {

    static final String RIDDERKERK = "0597";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));
    static final String TARIEF = "bedrag: 115.20, bron: \"004:1652\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String consulent;
    static String beleid;
    static String auditor;
    static final List<String> kenmerken = new ArrayList<>();

    @BeforeEach
    void opzet() throws Exception {
        if (consulent == null) {
            consulent = Aanmelding.nieuweGebruiker(mvc, "wijziging-consulent", "consulent", RIDDERKERK);
            beleid = Aanmelding.nieuweGebruiker(mvc, "wijziging-beleid", "beleid", RIDDERKERK);
            auditor = Aanmelding.nieuweGebruiker(mvc, "wijziging-auditor", "auditor", RIDDERKERK);
            LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
            for (int i = 0; i < 12; i++) {
                kenmerken.add(besloten(vandaag.minusMonths(1), vandaag.plusMonths(2)));
            }
        }
    }

    ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String besloten(LocalDate begin, LocalDate eind) throws Exception {
        String client = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Wijzigingtest\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + RIDDERKERK + "\",\"adres\":{\"straat\":\"Wijk 1 12\",\"postcode\":\"2981 AA\",\"woonplaats\":\"Ridderkerk\"}}";
        long id = json(stuur(consulent, "/api/clienten", client).andExpect(status().isCreated())).get("id").asLong();
        String invoer = """
                {"regio": "ridderkerk", "peildatum": "%s", "gemeente": "Ridderkerk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "behandeling-basis", "financiering": "ZIN", "aanbieder": "Jeugdzorg Ridderkerk",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Wekelijks.",
                   "posten": [{"omschrijving": "behandeling", "uren": 1, "weken": 10, "per": "week"}]}]}""".formatted(begin, begin, eind);
        long aanvraag = json(stuur(consulent, "/api/aanvragen", "{\"clientId\": " + id + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated())).get("id").asLong();
        return json(stuur(consulent, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Nodig.\"}]}")
                .andExpect(status().isCreated())).get("kenmerk").asText();
    }

    static String geleverd() throws Exception {
        String yaml = Files.readString(ROOT.resolve("regelingen/ridderkerk/2025-01-01.yaml"));
        assertThat(yaml).contains(TARIEF);
        return yaml;
    }

    ResultActions vergelijk(String token, String yaml) throws Exception {
        return mvc.perform(post("/api/sturing/regelwijziging").header("Authorization", "Bearer " + token)
                .contentType("application/yaml").content(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void eenHogerTariefMaaktElkeLopendeBeschikkingDuurder() throws Exception {
        String kandidaat = geleverd().replace(TARIEF, "bedrag: 125.00, bron: \"004:1652\"");
        JsonNode a = json(vergelijk(beleid, kandidaat).andExpect(status().isOk()));
        assertThat(a.get("regio").asText()).isEqualTo("ridderkerk");
        assertThat(a.get("vergeleken").asInt()).isGreaterThanOrEqualTo(12);
        List<String> verschillend = a.get("verschillen").findValuesAsText("kenmerk");
        assertThat(verschillend).containsAll(kenmerken);
        for (JsonNode b : a.get("verschillen")) {
            if (!kenmerken.contains(b.get("kenmerk").asText())) {
                continue;
            }
            assertThat(b.get("status").asText()).isEqualTo("VERSCHIL");
            JsonNode r = b.get("regels").get(0);
            assertThat(r.get("product").asText()).isEqualTo("behandeling-basis");
            BigDecimal oud = r.get("kostenOud").decimalValue();
            BigDecimal nieuw = r.get("kostenNieuw").decimalValue();
            assertThat(oud).isPositive();
            // the same hours at the new tariff
            BigDecimal uren = oud.divide(new BigDecimal("115.20"), 6, RoundingMode.HALF_UP);
            assertThat(nieuw).isEqualByComparingTo(uren.multiply(new BigDecimal("125.00")).setScale(2, RoundingMode.HALF_UP));
            assertThat(r.get("volumeOud")).isEqualTo(r.get("volumeNieuw"));
            assertThat(r.get("rekensomOud").asText()).isNotBlank();
            assertThat(r.get("rekensomNieuw").asText()).isNotBlank();
        }
        JsonNode product = a.get("perProduct").get(0);
        assertThat(product.get("sleutel").asText()).isEqualTo("behandeling-basis");
        assertThat(product.get("onderdrukt").asBoolean()).isFalse();
        assertThat(product.get("kostenNieuw").decimalValue()).isGreaterThan(product.get("kostenOud").decimalValue());
        assertThat(a.get("perGemeente").findValuesAsText("naam")).containsExactly("Ridderkerk");
        // audited; the version in force is untouched: the same copy unchanged differs nowhere
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'REGELWIJZIGING_BEREKEND'").query(Long.class).single())
                .isPositive();
        JsonNode gelijk = json(vergelijk(beleid, geleverd()).andExpect(status().isOk()));
        assertThat(gelijk.get("metVerschil").asLong()).isZero();
        assertThat(gelijk.get("verschillen")).isEmpty();
    }

    @Test
    void eenOngeldigeRegelingZegtWaaromEnAlleenBeleidMagHet() throws Exception {
        vergelijk(beleid, geleverd().replace(TARIEF, "bedrag: -1, bron: \"004:1652\"")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_REGELING"))
                .andExpect(jsonPath("$.fouten[0].pad").value(org.hamcrest.Matchers.startsWith("kandidaat.yaml:")));
        vergelijk(beleid, "geen: [yaml").andExpect(status().isBadRequest());
        vergelijk(beleid, "x".repeat(Kandidaatregelingen.MAXIMALE_GROOTTE + 1)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].melding").value(org.hamcrest.Matchers.containsString("groter dan")));
        vergelijk(auditor, geleverd()).andExpect(status().isForbidden());
        vergelijk(consulent, geleverd()).andExpect(status().isForbidden());
    }

    @Test
    void dePaginaToontOudEnNieuwNaastElkaar() throws Exception {
        String kandidaat = geleverd().replace(TARIEF, "bedrag: 125.00, bron: \"004:1652\"");
        String pagina = mvc.perform(multipart("/sturing/regelwijziging")
                        .file(new MockMultipartFile("kandidaat", "ridderkerk.yaml", "application/yaml", kandidaat.getBytes(StandardCharsets.UTF_8)))
                        .with(user(Aanmelding.naamVan(beleid)).roles("BELEID")).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("data-testid=\"verschil-" + kenmerken.get(0) + "\"").contains("Met de nieuwe versie")
                .contains("id=\"totalen-product\"").doesNotContain("Wijzigingtest");
        String fout = mvc.perform(multipart("/sturing/regelwijziging")
                        .file(new MockMultipartFile("kandidaat", "x.yaml", "application/yaml", "regio: [".getBytes(StandardCharsets.UTF_8)))
                        .with(user(Aanmelding.naamVan(beleid)).roles("BELEID")).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fout).contains("id=\"kandidaat-fout\"").contains("aria-invalid=\"true\"").contains("kandidaat.yaml");
        mvc.perform(multipart("/sturing/regelwijziging").with(user(Aanmelding.naamVan(beleid)).roles("BELEID")).with(csrf()))
                .andExpect(status().is(422));
    }
}
