package nl.indiceer.web.berekening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebTest
class BerekeningApiTest {

    private static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    @Autowired
    MockMvc mvc;

    private String token;

    @BeforeEach
    void aanmelden() throws Exception {
        token = Aanmelding.beheerderToken(mvc);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000-maand-voorbeeld-1.json", "000-week-1-contact-90-min.json",
            "001-plek-ggz-zwaar-venlo-8-maanden.json", "001-crisisverblijf-10-dagen.json",
            "000-tbgt-niet-toegestaan-wmo.json"})
    void geeftPreciesDeUitkomstVanDeMotor(String voorbeeld) throws Exception {
        String aanvraag = Files.readString(ROOT.resolve("docs/voorbeelden").resolve(voorbeeld));
        // the engine on its own, as the command line runs it, with the repository's rulebooks
        String verwacht = UitkomstJson.schrijf(new Indicatiemotor(Regelingen.laad(ROOT.resolve("regelingen")))
                .bereken(AanvraagLezer.lees(aanvraag)));

        String antwoord = mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(aanvraag.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(antwoord).isEqualTo(verwacht);
    }

    @Test
    void ongeldigeAanvraagGeeftProbleemMetDePaden() throws Exception {
        String aanvraag = """
                {"regio": "achterhoek", "peildatum": "2026-03-01", "client": {"geboortedatum": "2010-01-01"},
                 "producten": [{"product": "ondersteuning-individueel", "financiering": "ZIN", "begindatum": "2026-03-01",
                                "einddatum": "2026-06-30", "periode": "WEEK", "posten": [{"omschrijving": "begeleiding", "uren": -1, "per": "week"}]}]}""";
        mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(aanvraag))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.code").value("ONGELDIGE_AANVRAAG"))
                .andExpect(jsonPath("$.fouten[*].pad").value(org.hamcrest.Matchers.hasItem("producten[0].posten[0].uren")))
                .andExpect(jsonPath("$.fouten[0].code").isNotEmpty())
                .andExpect(jsonPath("$.fouten[0].melding").isNotEmpty());
    }

    @Test
    void geenJsonGeeftProbleemOpDeWortel() throws Exception {
        mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("[1, 2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_AANVRAAG"))
                .andExpect(jsonPath("$.fouten[0].code").isNotEmpty());
    }

    @Test
    void teGroteAanvraagWordtGeweigerd() throws Exception {
        byte[] groot = new byte[BerekeningController.MAXIMALE_GROOTTE + 1];
        java.util.Arrays.fill(groot, (byte) ' ');
        mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(groot))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("AANVRAAG_TE_GROOT"));
    }

    @Test
    void andereMediatypeGeeftProbleemMetCode() throws Exception {
        mvc.perform(post("/api/berekening").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.TEXT_PLAIN).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void zonderTokenGeen401MaarGeenLoginpagina() throws Exception {
        mvc.perform(post("/api/berekening").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NIET_AANGEMELD"));
    }
}
