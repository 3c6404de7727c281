package nl.indiceer.web.beveiliging;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class GebruikerApiTest {

    @Autowired
    MockMvc mvc;

    private void maak(String token, String json, org.springframework.test.web.servlet.ResultMatcher... verwacht) throws Exception {
        var r = mvc.perform(post("/api/gebruikers").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
        for (var v : verwacht) {
            r.andExpect(v);
        }
    }

    @Test
    void beheerderMaaktEenConsulentDieEenTokenKrijgtMaarGeenGebruikersMaakt() throws Exception {
        String beheerder = Aanmelding.beheerderToken(mvc);
        maak(beheerder, "{\"gebruikersnaam\":\"c.jansen\",\"wachtwoord\":\"consulent-wachtwoord\",\"rol\":\"consulent\"}",
                status().isCreated(), jsonPath("$.gebruikersnaam").value("c.jansen"), jsonPath("$.rol").value("consulent"));

        String consulent = Aanmelding.token(mvc, "c.jansen", "consulent-wachtwoord");
        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + consulent)).andExpect(status().isOk());
        maak(consulent, "{\"gebruikersnaam\":\"x.nieuw\",\"wachtwoord\":\"nog-een-wachtwoord\",\"rol\":\"beheerder\"}",
                status().isForbidden(), content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.code").value("GEEN_TOEGANG"));

        maak(beheerder, "{\"gebruikersnaam\":\"c.jansen\",\"wachtwoord\":\"ander-wachtwoord-1\",\"rol\":\"auditor\"}",
                status().isConflict(), jsonPath("$.code").value("GEBRUIKER_BESTAAT"));
    }

    @Test
    void ongeldigeGebruikerNoemtElkVeld() throws Exception {
        maak(Aanmelding.beheerderToken(mvc), "{\"gebruikersnaam\":\"X\",\"wachtwoord\":\"kort\",\"rol\":\"koning\"}",
                status().isBadRequest(), jsonPath("$.code").value("ONGELDIGE_GEBRUIKER"),
                jsonPath("$.fouten[*].pad").value(Matchers.containsInAnyOrder("gebruikersnaam", "wachtwoord", "rol")));
    }

    @Test
    void gebruikerMetGemeenten() throws Exception {
        String beheerder = Aanmelding.beheerderToken(mvc);
        maak(beheerder, "{\"gebruikersnaam\":\"g.twee\",\"wachtwoord\":\"consulent-wachtwoord\",\"rol\":\"consulent\","
                        + "\"gemeenten\":[\"0303\",\"0034\",\"0034\"]}",
                status().isCreated(), jsonPath("$.gemeenten").value(Matchers.contains("0034", "0303")));
        maak(beheerder, "{\"gebruikersnaam\":\"g.geen\",\"wachtwoord\":\"consulent-wachtwoord\",\"rol\":\"auditor\"}",
                status().isCreated(), jsonPath("$.gemeenten").isEmpty());
        maak(beheerder, "{\"gebruikersnaam\":\"g.fout\",\"wachtwoord\":\"consulent-wachtwoord\",\"rol\":\"consulent\","
                        + "\"gemeenten\":[\"34\",\"9999\",null,\"0597\"]}",
                status().isBadRequest(), jsonPath("$.code").value("ONGELDIGE_GEBRUIKER"),
                jsonPath("$.fouten[*].pad").value(Matchers.containsInAnyOrder("gemeenten[0]", "gemeenten[1]", "gemeenten[2]")),
                jsonPath("$.fouten[*].code").value(Matchers.containsInAnyOrder("ONGELDIGE_GEMEENTECODE", "ONBEKENDE_GEMEENTE",
                        "ONGELDIGE_GEMEENTECODE")));
        // Nothing was stored for the refused user.
        mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                .content("{\"gebruikersnaam\":\"g.fout\",\"wachtwoord\":\"consulent-wachtwoord\"}")).andExpect(status().isUnauthorized());
    }

    @Test
    void ingetrokkenTokenWerktNietMeer() throws Exception {
        String token = Aanmelding.beheerderToken(mvc);
        mvc.perform(delete("/api/tokens/huidig").header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("TOKEN_ONGELDIG"));
    }
}
