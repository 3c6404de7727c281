package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import nl.indiceer.web.declaratie.Declaraties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Realised cost and utilisation from real declarations (issue 12): 10 Urk clients granted Flevoland's 45F02 through
 * the API (so the 301s were really sent), a 323 declaring each one week's volume in March 2025, approved (the 325),
 * then a credit taking one of them back, approved too. A 323 for April that is only checked (not approved) and an
 * approved declaration of Dronten must not count. Only beleid and auditor read it; another municipality is 404.
 */
@WebTest
// its own empty database: the sums are of every Urk declaration, and other tests declare for Urk too
@org.springframework.test.context.TestPropertySource(properties = "indiceer.test.eigen-database=realisatie")
class RealisatieApiTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";

    @Autowired
    MockMvc mvc;

    static String backoffice;
    static String beleid;
    static String consulent;
    static String drontenBackoffice;
    static long week;

    @BeforeEach
    void opzet() throws Exception {
        if (backoffice != null) {
            return;
        }
        backoffice = Aanmelding.nieuweGebruiker(mvc, "real-bo", "backoffice", URK);
        beleid = Aanmelding.nieuweGebruiker(mvc, "real-beleid", "beleid", URK);
        consulent = Aanmelding.nieuweGebruiker(mvc, "real-consulent", "consulent", URK);
        drontenBackoffice = Aanmelding.nieuweGebruiker(mvc, "real-dronten", "backoffice", DRONTEN);
        List<Declaraties.Toewijzing> toewijzingen = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            toewijzingen.add(Declaraties.toegewezen(mvc, backoffice, URK));
        }
        week = toewijzingen.get(0).product().omvang().volume();
        List<GedeclareerdePrestatie> maart = new ArrayList<>();
        List<GedeclareerdePrestatie> april = new ArrayList<>();
        for (Declaraties.Toewijzing t : toewijzingen) {
            maart.add(t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, week));
            april.add(t.prestatie(Declaraties.uniek("R"), Declaraties.MAART.plusMonths(1), week));
        }
        keurGoed(backoffice, stuur(backoffice, Declaraties.bericht(URK, Declaraties.uniek("D"), maart)));
        GedeclareerdePrestatie credit = toewijzingen.get(0).credit(Declaraties.uniek("R"), maart.get(0));
        keurGoed(backoffice, stuur(backoffice, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(credit))));
        stuur(backoffice, Declaraties.bericht(URK, Declaraties.uniek("D"), april)); // checked, never approved
        Declaraties.Toewijzing elders = Declaraties.toegewezen(mvc, drontenBackoffice, DRONTEN);
        keurGoed(drontenBackoffice, stuur(drontenBackoffice, Declaraties.bericht(DRONTEN, Declaraties.uniek("D"),
                List.of(elders.prestatie(Declaraties.uniek("R"), Declaraties.MAART, week)))));
    }

    long stuur(String token, byte[] xml) throws Exception {
        JsonNode d = Besluiten.json(mvc.perform(post("/api/declaraties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml)).andExpect(status().isCreated()));
        assertThat(d.get("afgekeurd").asInt()).isZero();
        return d.get("id").asLong();
    }

    void keurGoed(String token, long id) throws Exception {
        mvc.perform(post("/api/declaraties/{id}/goedkeuring", id).header("Authorization", "Bearer " + token))
                .andExpect(status().is2xxSuccessful());
    }

    ResultActions haal(String token, String pad) throws Exception {
        return mvc.perform(get(pad).header("Authorization", "Bearer " + token));
    }

    JsonNode rapport() throws Exception {
        return Besluiten.json(haal(beleid, "/api/sturing/rapport?gemeente=" + URK + "&van=2025-03&tot=2025-04")
                .andExpect(status().isOk()));
    }

    @Test
    void gerealiseerdIsWatIsGoedgekeurdEnBeantwoordMinDeCredit() throws Exception {
        JsonNode g = rapport().get("gerealiseerd");
        // 10 prestaties of one week's volume at 1 euro a unit, one taken back by a credit
        BigDecimal verwacht = BigDecimal.valueOf(9 * week);
        JsonNode maart = g.get("perMaand").get(0);
        assertThat(maart.get("sleutel").asText()).isEqualTo("2025-03");
        assertThat(maart.get("gerealiseerd").decimalValue()).isEqualByComparingTo(verwacht);
        assertThat(maart.get("clienten").asInt()).isEqualTo(10);
        // April's declaration is only checked: the 325 was not approved, so nothing is realised
        JsonNode april = g.get("perMaand").get(1);
        assertThat(april.get("gerealiseerd").decimalValue()).isZero();
        // Flevoland's 45F02 has no tariff in its rulebook: the decisions commit no amount (counted as lines without a
        // tariff), so there is no utilisation to show rather than an infinite one (the figure itself: BenuttingenTest)
        assertThat(maart.get("vastgelegd").decimalValue()).isZero();
        assertThat(maart.get("benutting").isNull()).isTrue();
        assertThat(rapport().get("verplichtingen").get("perMaand").get(0).get("zonderTarief").asInt()).isEqualTo(10);
        // Dronten's approved declaration is not Urk's
        assertThat(g.get("totaal").get("gerealiseerd").decimalValue()).isEqualByComparingTo(verwacht);
    }

    @Test
    void gerealiseerdTeltVoorHetProductDeAanbiederEnDeConsulentVanDeBeschikking() throws Exception {
        JsonNode r = rapport();
        JsonNode g = r.get("gerealiseerd");
        assertThat(g.get("perProduct").findValuesAsText("sleutel"))
                .isEqualTo(r.get("verplichtingen").get("perProduct").findValuesAsText("sleutel"));
        assertThat(g.get("perAanbieder").findValuesAsText("sleutel"))
                .isEqualTo(r.get("verplichtingen").get("perAanbieder").findValuesAsText("sleutel"));
        assertThat(g.get("perConsulent").findValuesAsText("sleutel")).containsExactly(Aanmelding.naamVan(backoffice));
        assertThat(g.get("perConsulent").get(0).get("gerealiseerd").decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(9 * week));
        // the forecast of 2025 says what was realised for its law
        assertThat(r.get("prognose").findValues("gerealiseerd").get(0).decimalValue())
                .isEqualByComparingTo(BigDecimal.valueOf(9 * week));
    }

    @Test
    void alleenBeleidEnAuditorEnAlleenDeEigenGemeente() throws Exception {
        haal(consulent, "/api/sturing/rapport?gemeente=" + URK).andExpect(status().isForbidden());
        haal(backoffice, "/api/sturing/rapport?gemeente=" + URK).andExpect(status().isForbidden());
        haal(beleid, "/api/sturing/rapport?gemeente=" + DRONTEN).andExpect(status().isNotFound());
    }

    @Test
    void csvEnPaginaTonenDeBenutting() throws Exception {
        String csv = mvc.perform(get("/sturing/csv/benutting-maanden?gemeente=" + URK + "&van=2025-03&tot=2025-03")
                        .with(user(Aanmelding.naamVan(beleid)).roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] regels = csv.split("\r\n");
        assertThat(regels[0]).isEqualTo("maand,naam,vastgelegd_euro,gerealiseerd_euro,benutting,clienten");
        assertThat(regels[1]).startsWith("2025-03,2025-03,").contains("," + BigDecimal.valueOf(9 * week).setScale(2) + ",");
        String pagina = mvc.perform(get("/sturing?gemeente=" + URK + "&van=2025-03&tot=2025-04")
                        .with(user(Aanmelding.naamVan(beleid)).roles("BELEID")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("id=\"benutting-maanden\"", "id=\"benutting-consulenten\"", "id=\"diagram-realisatie\"",
                "id=\"benutting-regel\"");
    }
}
