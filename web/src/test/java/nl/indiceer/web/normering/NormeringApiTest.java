package nl.indiceer.web.normering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.NormeringJson;
import nl.indiceer.normenkader.TakenLezer;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class NormeringApiTest {

    private static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    @Autowired
    MockMvc mvc;

    private String token;

    @BeforeEach
    void aanmelden() throws Exception {
        token = Aanmelding.beheerderToken(mvc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"normeer-kpmg-schoon-huis.json", "normeer-hhm-tweewekelijks.json",
            "normeer-voorbeeld-begeleiding-drechtsteden.json", "normeer-kpmg-eigen-kracht-afwijking.json"})
    void geeftPreciesDeNormeringVanDeCalculator(String voorbeeld) throws Exception {
        String taken = Files.readString(ROOT.resolve("docs/voorbeelden").resolve(voorbeeld));
        String verwacht = NormeringJson.schrijf(new Normcalculator(Normenkaders.laad(ROOT.resolve("normenkaders")),
                Regelingen.laad(ROOT.resolve("regelingen"))).bereken(TakenLezer.lees(taken)));

        String antwoord = mvc.perform(post("/api/normering").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(taken.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(antwoord).isEqualTo(verwacht);
    }

    @Test
    void ongeldigeTakenGevenDePaden() throws Exception {
        mvc.perform(post("/api/normering").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"normenkader\": 5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_AANVRAAG"))
                .andExpect(jsonPath("$.fouten[0].pad").isNotEmpty());
    }

    @Test
    void somtDeNormenkadersOp() throws Exception {
        Normenkaders kaders = Normenkaders.laad(ROOT.resolve("normenkaders"));
        mvc.perform(get("/api/normenkaders").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(Matchers.containsInAnyOrder(kaders.ids().toArray())))
                .andExpect(jsonPath("$[0].geldig_vanaf").isNotEmpty());
        mvc.perform(get("/api/normenkaders")).andExpect(status().isUnauthorized());
    }
}
