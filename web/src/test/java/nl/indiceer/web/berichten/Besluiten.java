package nl.indiceer.web.berichten;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Clients, requests and decisions through the API, for the message tests. */
public final class Besluiten {

    public static final ObjectMapper JSON = new ObjectMapper();
    public static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));
    public static final String AGB = "12345678";

    private final MockMvc mvc;

    public Besluiten(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String voorbeeld(String naam) throws Exception {
        return Files.readString(ROOT.resolve("docs/voorbeelden").resolve(naam));
    }

    /** Flevoland's 45F02 at a provider given by its AGB code (002-basis-begeleiding-groep-a-per-week). */
    public static String groepMetAanbieder(String aanbieder) throws Exception {
        return voorbeeld("002-basis-begeleiding-groep-a-per-week.json")
                .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"aanbieder\": \"" + aanbieder + "\",");
    }

    public ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    public ResultActions haal(String token, String pad, Object... waarden) throws Exception {
        return mvc.perform(get(pad, waarden).header("Authorization", "Bearer " + token));
    }

    public static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    public long client(String token, String gemeente, String bsn, String naam, String straat) throws Exception {
        String body = "{\"bsn\":\"" + bsn + "\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + gemeente + "\",\"adres\":{\"straat\":\"" + straat + "\",\"postcode\":\"8321 AA\","
                + "\"woonplaats\":\"Urk\"}}";
        return json(stuur(token, "/api/clienten", body).andExpect(status().isCreated())).get("id").asLong();
    }

    public long client(String token, String gemeente) throws Exception {
        return client(token, gemeente, Verzoeken.bsn(), "Jan de Vries", "Wijk 1 12");
    }

    public JsonNode aanvraag(String token, long client, String invoer) throws Exception {
        return json(stuur(token, "/api/aanvragen", "{\"clientId\": " + client + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated()));
    }

    /** Grants line 0 of a new request (with the hardheidsclausule where the example needs it). */
    public JsonNode eerste(String token, long client, String invoer) throws Exception {
        JsonNode a = aanvraag(token, client, invoer);
        return json(stuur(token, "/api/beschikkingen", "{\"aanvraagId\": " + a.get("id").asLong() + ", \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd met de teamleider.\"}]}")
                .andExpect(status().isCreated()));
    }
}
