package nl.indiceer.web.aanvraag;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The calls of the aanvragen tests, as a client of the API makes them. */
public final class Verzoeken {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    private final MockMvc mvc;

    Verzoeken(MockMvc mvc) {
        this.mvc = mvc;
    }

    static String voorbeeld(String naam) throws Exception {
        return Files.readString(ROOT.resolve("docs/voorbeelden").resolve(naam));
    }

    /** A body with the input as given, verbatim. */
    static String body(Long clientId, String invoer, String status) {
        StringBuilder s = new StringBuilder("{");
        if (clientId != null) {
            s.append("\"clientId\": ").append(clientId).append(", ");
        }
        if (status != null) {
            s.append("\"status\": \"").append(status).append("\", ");
        }
        s.append("\"invoer\": ").append(invoer).append("}");
        return s.toString();
    }

    static String wijziging(Integer versie, String invoer, String status) {
        StringBuilder s = new StringBuilder("{");
        if (versie != null) {
            s.append("\"versie\": ").append(versie).append(", ");
        }
        if (status != null) {
            s.append("\"status\": \"").append(status).append("\", ");
        }
        s.append("\"invoer\": ").append(invoer).append("}");
        return s.toString();
    }

    ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad)
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions maak(String token, String body) throws Exception {
        return stuur(token, "/api/aanvragen", body);
    }

    ResultActions wijzig(String token, long id, String body) throws Exception {
        return mvc.perform(put("/api/aanvragen/{id}", id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions haal(String token, String pad, Object... waarden) throws Exception {
        return mvc.perform(get(pad, waarden).header("Authorization", "Bearer " + token));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String tekst(ResultActions r) throws Exception {
        return r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long client(String token, String gemeente) throws Exception {
        String body = "{\"bsn\":\"" + bsn() + "\",\"naam\":\"Aanvraagtest Client\",\"geboortedatum\":\"2012-03-04\","
                + "\"gemeentecode\":\"" + gemeente + "\"}";
        return json(mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())).get("id").asLong();
    }

    /** A new aanvraag; its id. */
    long aanvraag(String token, long clientId, String invoer, String status) throws Exception {
        return json(maak(token, body(clientId, invoer, status)).andExpect(status().isCreated())).get("id").asLong();
    }

    /** A random number that passes the elfproef. */
    public static String bsn() {
        while (true) {
            int[] d = new int[9];
            int som = 0;
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    d[i] = ThreadLocalRandom.current().nextInt(10);
                }
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                d[8] = laatste;
                StringBuilder s = new StringBuilder();
                for (int x : d) {
                    s.append(x);
                }
                return s.toString();
            }
        }
    }
}
