package nl.indiceer.web.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An aanvraag's input may hold the client's name ({@code client.naam}): saving, reading, changing, a conflict and
 * invalid bodies leave no trace of it in the log, with the same DEBUG loggers as GeenBsnInLogsTest (and so the same
 * test context).
 */
@WebTest
@ExtendWith(OutputCaptureExtension.class)
@org.springframework.test.context.TestPropertySource(properties = {
        "logging.level.nl.indiceer=DEBUG", "logging.level.org.springframework.web=DEBUG",
        "logging.level.org.springframework.jdbc=DEBUG"})
class GeenInvoerInLogsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void geenNaamUitDeInvoerInDeLogs(CapturedOutput uitvoer) throws Exception {
        Verzoeken api = new Verzoeken(mvc);
        String token = Aanmelding.nieuweGebruiker(mvc, "invoerlog", "consulent", "0597");
        long client = api.client(token, "0597");
        String naam = "Qwinvoernaam Geheim";
        String invoer = Verzoeken.voorbeeld("000-maand-voorbeeld-1.json")
                .replace("\"geboortedatum\": \"2013-04-12\"", "\"naam\": \"" + naam + "\", \"geboortedatum\": \"2013-04-12\"");
        assertThat(invoer).contains(naam);
        long id = api.aanvraag(token, client, invoer, "INGEDIEND");
        api.haal(token, "/api/aanvragen/{id}", id).andExpect(status().isOk());
        api.wijzig(token, id, Verzoeken.wijziging(0, invoer, null)).andExpect(status().isOk());
        api.wijzig(token, id, Verzoeken.wijziging(0, invoer, null)).andExpect(status().isConflict());
        api.maak(token, Verzoeken.body(client, invoer.replace("\"uren\": 1,", "\"uren\": -1,"), "INGEDIEND"))
                .andExpect(status().isBadRequest());
        api.maak(token, Verzoeken.body(client, invoer.replace("\"uren\": 1,", "\"uren\": -1,"), null))
                .andExpect(status().isCreated());
        api.maak(token, "{\"clientId\": " + client + ", \"invoer\": {\"client\": {\"naam\": \"" + naam + "\"}, ]}")
                .andExpect(status().isBadRequest());
        api.maak(token, "{\"clientId\": " + client + ", \"" + naam + "\": 1, \"invoer\": {}}").andExpect(status().isBadRequest());
        api.haal(token, "/api/aanvragen?consulent=" + Aanmelding.naamVan(token)).andExpect(status().isOk());

        assertThat(uitvoer.getAll()).as("the capture works").contains("AanvraagController#maak").contains("insert into aanvraag");
        assertThat(uitvoer.getAll()).doesNotContainIgnoringCase("qwinvoernaam");
    }
}
