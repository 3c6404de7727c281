package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Every read and change of a declaration is in the audit trail under the user who did it (docs/declaraties.md names the
 * actions): received, refused, listed, read, answered. A refused message's row survives the rollback of its check. The
 * refusal here is an entity expansion ("billion laughs"), which the application must refuse with its line like any
 * other unreadable 323, storing no prestatie.
 */
@WebTest
class DeclaratieAuditTest {

    static final String URK = "0184";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private ResultActions stuur(String token, byte[] xml) throws Exception {
        return mvc.perform(post("/api/declaraties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml));
    }

    private long rijen(String gebruiker, String actie, Long id) {
        return jdbc.sql("select count(*) from auditregel where gebruiker = ? and actie = ? and object_type = 'declaratie'"
                        + (id == null ? " and object_id is null" : " and object_id = " + id))
                .params(gebruiker, actie).query(Long.class).single();
    }

    @Test
    void elkeLezingEnWijzigingStaatInDeAudittrail() throws Exception {
        String token = Aanmelding.nieuweGebruiker(mvc, "urk-decl-audit", "backoffice", URK);
        String naam = Aanmelding.naamVan(token);
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, token, URK);
        byte[] xml = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1)));

        long id = Besluiten.json(stuur(token, xml).andExpect(status().isCreated())).get("id").asLong();
        assertThat(rijen(naam, "DECLARATIE_ONTVANGEN", id)).isOne();

        mvc.perform(get("/api/declaraties").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(rijen(naam, "DECLARATIES_LIJST", null)).isOne();

        mvc.perform(get("/api/declaraties/{id}", id).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        assertThat(rijen(naam, "DECLARATIE_GELEZEN", id)).isOne();

        mvc.perform(post("/api/declaraties/{id}/goedkeuring", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isCreated());
        assertThat(rijen(naam, "DECLARATIE_BEANTWOORD", id)).isOne();
    }

    @Test
    void eenEntiteitenExpansieWordtAfgewezenMetDeRegelEnStaatInDeAudittrail() throws Exception {
        String token = Aanmelding.nieuweGebruiker(mvc, "urk-decl-lol", "backoffice", URK);
        String naam = Aanmelding.naamVan(token);
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, token, URK);
        String goed = new String(Declaraties.bericht(URK, Declaraties.uniek("D"),
                List.of(t.prestatie(Declaraties.uniek("R"), MAART, 1))), StandardCharsets.UTF_8);
        // ten levels of ten: 10^10 characters if it were expanded
        StringBuilder dtd = new StringBuilder("<!DOCTYPE x [<!ENTITY a \"lollollollol\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY ").append((char) ('a' + i)).append(" \"")
                    .append(("&" + (char) ('a' + i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String lol = goed.replaceFirst("\\?>", "?>\n" + dtd).replaceFirst("<jw323:DeclaratieNummer>", "<jw323:DeclaratieNummer>&j;");
        assertThat(lol).contains("&j;");

        long voor = jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single();
        JsonNode d = Besluiten.json(stuur(token, lol.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableContent()));
        assertThat(d.get("status").asText()).isEqualTo("AFGEKEURD");
        JsonNode m = d.get("meldingen").get(0);
        assertThat(m.get("regel").asInt()).as(m.toString()).isPositive();
        assertThat(m.get("code").asText()).isIn("DOCTYPE", "ONLEESBAAR");
        assertThat(m.get("tekst").asText()).isNotBlank().doesNotContain("Exception").doesNotContain("lollol");
        assertThat(jdbc.sql("select count(*) from declaratieprestatie").query(Long.class).single()).isEqualTo(voor);
        long id = d.get("id").asLong();
        assertThat(rijen(naam, "DECLARATIE_AFGEKEURD", id)).isOne();
        assertThat(rijen(naam, "DECLARATIE_ONTVANGEN", id)).isZero();
    }
}
