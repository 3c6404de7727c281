package nl.indiceer.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Every read and change of a client lands in the audit trail, which only the auditor reads; no BSN or name in it. */
@WebTest
class AuditApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void leesEnWijzigingStaanInHetAuditspoorNieuwsteEerst() throws Exception {
        String consulent = Aanmelding.nieuweGebruiker(mvc, "audit-c", "consulent", "0995");
        String consulentNaam = gebruikersnaam(consulent);
        String bsn = "111222333";
        String naam = "Auditnaam Vertrouwelijk";
        String antwoord = mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + consulent)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"bsn\":\"" + bsn + "\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"1990-05-06\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = new ObjectMapper().readTree(antwoord).get("id").asLong();
        mvc.perform(get("/api/clienten/{id}", id).header("Authorization", "Bearer " + consulent)).andExpect(status().isOk());
        mvc.perform(get("/api/clienten/{id}", id + 100_000).header("Authorization", "Bearer " + consulent))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + consulent)
                .contentType(MediaType.APPLICATION_JSON).content("{\"bsn\":\"" + bsn + "\"}")).andExpect(status().isOk());

        String auditor = Aanmelding.nieuweGebruiker(mvc, "auditor", "auditor");
        String spoor = mvc.perform(get("/api/audit?grootte=100").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(spoor).doesNotContain(bsn).doesNotContain("Auditnaam");

        List<JsonNode> regels = new ArrayList<>();
        long vorige = Long.MAX_VALUE;
        for (JsonNode r : new ObjectMapper().readTree(spoor).get("regels")) {
            assertThat(r.get("id").asLong()).as("newest first").isLessThan(vorige);
            vorige = r.get("id").asLong();
            if (r.get("gebruiker").asText().equals(consulentNaam)) {
                regels.add(0, r);
            }
        }
        assertThat(regels).extracting(r -> r.get("actie").asText())
                .containsExactly("CLIENT_AANGEMAAKT", "CLIENT_GELEZEN", "CLIENT_NIET_GEVONDEN", "CLIENT_GEZOCHT");
        assertThat(spoor).contains("\"actie\":\"GEBRUIKER_AANGEMAAKT\"");
        assertThat(regels.get(0).get("object_type").asText()).isEqualTo("client");
        assertThat(regels.get(0).get("object_id").asLong()).isEqualTo(id);
        assertThat(regels.get(1).get("object_id").asLong()).isEqualTo(id);
        assertThat(regels.get(2).get("object_id").asLong()).isEqualTo(id + 100_000);
        assertThat(regels.get(3).get("aantal").asInt()).isEqualTo(1);
        assertThat(regels).allSatisfy(r -> {
            assertThat(r.get("herkomst").asText()).isEqualTo("127.0.0.1");
            assertThat(r.get("moment").asText()).isNotBlank();
        });
    }

    @Test
    void alleenDeAuditorLeestHetSpoor() throws Exception {
        for (String token : new String[] {Aanmelding.nieuweGebruiker(mvc, "c", "consulent", "0034"),
                Aanmelding.nieuweGebruiker(mvc, "b", "backoffice", "0034"), Aanmelding.nieuweGebruiker(mvc, "p", "beleid"),
                Aanmelding.beheerderToken(mvc)}) {
            mvc.perform(get("/api/audit").header("Authorization", "Bearer " + token))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("GEEN_TOEGANG"));
        }
        mvc.perform(get("/api/audit")).andExpect(status().isUnauthorized());
        String auditor = Aanmelding.nieuweGebruiker(mvc, "auditor", "auditor");
        mvc.perform(get("/api/audit?grootte=1").header("Authorization", "Bearer " + auditor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.grootte").value(1)).andExpect(jsonPath("$.pagina").value(0));
        mvc.perform(get("/api/audit?grootte=1000").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("grootte"));
    }

    /** The user name behind a token made in this test. */
    private String gebruikersnaam(String token) {
        return Aanmelding.naamVan(token);
    }
}
