package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A 323 carries a BSN on every client: receiving one (checked, and refused halfway), reading its report and approving
 * its 325 leave no BSN in the log output, even with the application's, Spring MVC's and JDBC's loggers at DEBUG (as
 * {@code GeenBsnInLogsTest} does for the client API). The URLs carry only the declaration's id.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.context.TestPropertySource(properties = {
        "logging.level.nl.indiceer=DEBUG", "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.jdbc=DEBUG"})
class DeclaratieGeenBsnInLogsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void geenBsnInDeLogsVanDeDeclaraties(CapturedOutput uitvoer) throws Exception {
        try (nl.indiceer.web.DebugLogboek debug = nl.indiceer.web.DebugLogboek.aan()) {
            String token = Aanmelding.nieuweGebruiker(mvc, "urk-decl-logs", "backoffice", "0184");
            Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, token, "0184");
            LocalDate maart = LocalDate.of(2025, 3, 1);
            int begin = uitvoer.getAll().length();
            byte[] xml = Declaraties.bericht("0184", Declaraties.uniek("D"), List.of(t.prestatie(Declaraties.uniek("R"), maart, 1),
                    t.prestatie(Declaraties.uniek("R"), maart.plusMonths(1), 10_000)));
            long id = Besluiten.json(mvc.perform(post("/api/declaraties").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_XML).content(xml)).andExpect(status().isCreated())).get("id").asLong();
            String tekst = new String(Declaraties.bericht("0184", Declaraties.uniek("D"),
                    List.of(t.prestatie(Declaraties.uniek("R"), maart.plusMonths(2), 1))), StandardCharsets.UTF_8);
            mvc.perform(post("/api/declaraties").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_XML)
                    .content(tekst.substring(0, tekst.lastIndexOf("</jw323:Prestatie>")))).andExpect(status().isUnprocessableContent());
            mvc.perform(get("/api/declaraties/{id}", id).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
            mvc.perform(get("/api/declaraties").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
            mvc.perform(post("/api/declaraties/{id}/goedkeuring", id).header("Authorization", "Bearer " + token))
                    .andExpect(status().isCreated());

            String log = uitvoer.getAll().substring(begin);
            assertThat(log).as("the capture works: DEBUG lines of the requests are there")
                    .contains("insert into declaratieprestatie").contains("Writing [Rapport").contains("Writing [Beantwoord");
            assertThat(log).doesNotContain(t.bsn());
        }
    }
}
