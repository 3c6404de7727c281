package nl.indiceer.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Gets a bearer token through the API, as a client would. */
public final class Aanmelding {

    public static final String BEHEERDER_WACHTWOORD = "test-beheerder-wachtwoord";

    private Aanmelding() {
    }

    public static String token(MockMvc mvc, String gebruikersnaam, String wachtwoord) throws Exception {
        String antwoord = mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content(new ObjectMapper().createObjectNode().put("gebruikersnaam", gebruikersnaam)
                                .put("wachtwoord", wachtwoord).toString()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(antwoord).get("token").asText();
    }

    public static String beheerderToken(MockMvc mvc) throws Exception {
        return token(mvc, "beheerder", BEHEERDER_WACHTWOORD);
    }
}
