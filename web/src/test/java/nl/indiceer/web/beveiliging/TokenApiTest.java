package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class TokenApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GebruikerOpslag opslag;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    JdbcClient jdbc;

    @Test
    void zonderToken401AlsProbleemZonderDoorverwijzing() throws Exception {
        mvc.perform(get("/api/regelingen"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("NIET_AANGEMELD"));
    }

    @Test
    void metToken200() throws Exception {
        String token = Aanmelding.beheerderToken(mvc);
        assertThat(token).startsWith(Tokens.VOORVOEGSEL);
        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void onbekendTokenGeeft401() throws Exception {
        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer ind_bestaatniet"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("TOKEN_ONGELDIG"));
    }

    @Test
    void verkeerdWachtwoordGeeft401() throws Exception {
        mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gebruikersnaam\":\"beheerder\",\"wachtwoord\":\"fout-wachtwoord\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AANMELDEN_MISLUKT"))
                .andExpect(jsonPath("$.token").doesNotExist());
        mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gebruikersnaam\":\"niemand\",\"wachtwoord\":\"fout-wachtwoord\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("AANMELDEN_MISLUKT"));
    }

    @Test
    void tokenVanEenGebruikerWerktEnAlleenDeHashWordtBewaard() throws Exception {
        opslag.voegToe("consulent-token-test", encoder.encode("consulent-wachtwoord"), Rol.CONSULENT);
        String token = Aanmelding.token(mvc, "consulent-token-test", "consulent-wachtwoord");

        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].regio").isNotEmpty());

        long opgeslagen = jdbc.sql("select count(*) from api_token where token_hash = ?").param(Tokens.hash(token))
                .query(Long.class).single();
        long leesbaar = jdbc.sql("select count(*) from api_token where token_hash = ?").param(token)
                .query(Long.class).single();
        assertThat(opgeslagen).isEqualTo(1);
        assertThat(leesbaar).isZero();
        String wachtwoordHash = opslag.metNaam("consulent-token-test").orElseThrow().wachtwoordHash();
        assertThat(wachtwoordHash).startsWith("$2").doesNotContain("consulent-wachtwoord");
    }

    @Test
    void naTienMislukkePogingenGeblokkeerdOokMetHetJuisteWachtwoord() throws Exception {
        opslag.voegToe("throttle-test", encoder.encode("het-juiste-wachtwoord"), Rol.CONSULENT);
        for (int i = 0; i < 10; i++) {
            mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"gebruikersnaam\":\"throttle-test\",\"wachtwoord\":\"fout-" + i + "\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/tokens").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"gebruikersnaam\":\"throttle-test\",\"wachtwoord\":\"het-juiste-wachtwoord\"}"))
                .andExpect(status().isTooManyRequests())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("TE_VEEL_POGINGEN"))
                .andExpect(jsonPath("$.token").doesNotExist());
    }

    @Test
    void ingetrokkenTokenWerktNietMeer() throws Exception {
        String token = Aanmelding.beheerderToken(mvc);
        jdbc.sql("update api_token set ingetrokken = current_timestamp where token_hash = ?").param(Tokens.hash(token)).update();
        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void apiIsStaatloosEnZonderCsrf() throws Exception {
        String token = Aanmelding.beheerderToken(mvc);
        var resultaat = mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()) // reached the controller without a CSRF token
                .andReturn();
        assertThat(resultaat.getRequest().getSession(false)).isNull();
        assertThat(resultaat.getResponse().getHeader("Set-Cookie")).isNull();
    }
}
