package nl.indiceer.web.regeling;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class RegelingenApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void somtDeGeladenVersiesOpMetHunHash() throws Exception {
        Regelingen repo = Regelingen.laad(Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
        Regeling noordLimburg = repo.versies("noord-limburg").get(0);
        String token = Aanmelding.beheerderToken(mvc);

        mvc.perform(get("/api/regelingen").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(repo.regios().stream().mapToInt(r -> repo.versies(r).size()).sum()))
                .andExpect(jsonPath("$[?(@.regio == 'noord-limburg')].sha256").value(Matchers.contains(noordLimburg.versie().hash())))
                .andExpect(jsonPath("$[?(@.regio == 'noord-limburg')].geldig_vanaf").value(Matchers.contains(noordLimburg.geldigVanaf().toString())))
                .andExpect(jsonPath("$[?(@.regio == 'noord-limburg')].naam").value(Matchers.contains(noordLimburg.naam())))
                .andExpect(jsonPath("$[0].geldig_tot").hasJsonPath());
    }
}
