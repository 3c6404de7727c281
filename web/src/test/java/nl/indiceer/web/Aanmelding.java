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

    /** A new user with a unique name made from {@code voorvoegsel}, working for these municipalities; returns their token. */
    public static String nieuweGebruiker(MockMvc mvc, String voorvoegsel, String rol, String... gemeenten) throws Exception {
        String naam = voorvoegsel + "-" + Long.toString(System.nanoTime(), 36);
        String wachtwoord = "wachtwoord-van-" + naam;
        var body = new ObjectMapper().createObjectNode().put("gebruikersnaam", naam).put("wachtwoord", wachtwoord).put("rol", rol);
        var lijst = body.putArray("gemeenten");
        for (String g : gemeenten) {
            lijst.add(g);
        }
        mvc.perform(post("/api/gebruikers").header("Authorization", "Bearer " + beheerderToken(mvc))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isCreated());
        String token = token(mvc, naam, wachtwoord);
        NAMEN.put(token, naam);
        return token;
    }

    private static final java.util.Map<String, String> NAMEN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The user name of a token made by {@link #nieuweGebruiker}. */
    public static String naamVan(String token) {
        return NAMEN.get(token);
    }

    public static String beheerderToken(MockMvc mvc) throws Exception {
        return token(mvc, "beheerder", BEHEERDER_WACHTWOORD);
    }
}
