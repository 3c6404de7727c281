package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creating, reading, searching, a duplicate and an invalid client: the log output holds no BSN and no client name,
 * even with the application's, Spring MVC's and JDBC's loggers at DEBUG. The search is {@code POST /api/clienten/zoeken}
 * with the criteria in the body, so no BSN or name is in a URL that Spring Security (at DEBUG) or a proxy would log.
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.context.TestPropertySource(properties = {
        "logging.level.nl.indiceer=DEBUG", "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.jdbc=DEBUG"})
class GeenBsnInLogsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void geenBsnOfNaamInDeLogs(CapturedOutput uitvoer) throws Exception {
        try (nl.indiceer.web.DebugLogboek debug = nl.indiceer.web.DebugLogboek.aan()) {
            String token = Aanmelding.nieuweGebruiker(mvc, "logs", "consulent", "0597");
            String bsn = BsnTest.willekeurig();
            String naam = "Qwlogtestnaam Uniek";
            String body = "{\"bsn\":\"" + bsn + "\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"2001-02-03\"}";
            String antwoord = mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString();
            long id = new com.fasterxml.jackson.databind.ObjectMapper().readTree(antwoord).get("id").asLong();
            mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());
            mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":\"" + bsn.substring(0, 8) + "0\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"x\"}"));
            mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":" + bsn + "x,\"naam\":\"" + naam + "\"}")).andExpect(status().isBadRequest());
            mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":[\"" + bsn + "\"],\"naam\":{\"x\":\"" + naam + "\"}}")).andExpect(status().isBadRequest());
            mvc.perform(get("/api/clienten/{id}", id).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
            for (String zoekvraag : new String[] {"{\"bsn\":\"" + bsn + "\"}", "{\"naam\":\"qwlog\"}",
                    "{\"naam\":\"" + naam + "\",\"geboortedatum\":\"2001-02-03\"}"}) {
                mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(zoekvraag)).andExpect(status().isOk());
            }
            // Invalid and malformed search requests holding the BSN and the name.
            mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":\"" + bsn.substring(0, 8) + "0\",\"naam\":\"" + naam + "\",\"grootte\":\"x\"}"))
                    .andExpect(status().isBadRequest());
            mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":" + bsn + "x,\"naam\":\"" + naam + "\"}")).andExpect(status().isBadRequest());
            mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"bsn\":[\"" + bsn + "\"],\"naam\":{\"x\":\"" + naam + "\"}}")).andExpect(status().isBadRequest());

            assertThat(uitvoer.getAll()).as("the capture works: DEBUG lines of the requests are there")
                    .contains("/api/clienten").contains("insert into client");
            assertThat(uitvoer.getAll()).doesNotContain(bsn).doesNotContain(bsn.substring(0, 8)).doesNotContainIgnoringCase("qwlog");
        }
    }
}
