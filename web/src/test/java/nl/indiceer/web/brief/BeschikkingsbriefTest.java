package nl.indiceer.web.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The letter that deciding stores is the real decision letter: archival PDF/A-2a (veraPDF), addressed to the client's
 * name and postal address, with the kenmerk, the product, the volume the decision states, the hardheidsclausule the
 * consultant invoked and the objection clause; and the bytes downloaded are the bytes stored (their SHA-256).
 */
@WebTest
class BeschikkingsbriefTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Autowired
    MockMvc mvc;

    ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void deOpgeslagenBriefIsDeEchteBeschikkingsbrief() throws Exception {
        String urk = Aanmelding.nieuweGebruiker(mvc, "brief-urk", "consulent", "0184");
        String client = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Brieftest Jansen\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"0184\",\"adres\":{\"straat\":\"Staverse Hoek 12\",\"postcode\":\"8321ab\",\"woonplaats\":\"Urk\"}}";
        long clientId = json(stuur(urk, "/api/clienten", client).andExpect(status().isCreated())).get("id").asLong();
        String invoer = Files.readString(ROOT.resolve("docs/voorbeelden/002-basis-begeleiding-groep-a-te-veel.json"));
        JsonNode a = json(stuur(urk, "/api/aanvragen", "{\"clientId\": " + clientId + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated()));
        String besluit = "{\"aanvraagId\": " + a.get("id").asLong() + ", \"versie\": " + a.get("versie").asInt()
                + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\", "
                + "\"hardheidsclausule\": \"Uitzonderlijke situatie in het gezin, afgestemd met de teamleider.\"}]}";
        JsonNode b = json(stuur(urk, "/api/beschikkingen", besluit).andExpect(status().isCreated()));

        var antwoord = mvc.perform(get("/api/beschikkingen/{id}/brief", b.get("id").asLong())
                .header("Authorization", "Bearer " + urk)).andExpect(status().isOk()).andReturn().getResponse();
        byte[] pdf = antwoord.getContentAsByteArray();
        assertThat(antwoord.getContentType()).isEqualTo("application/pdf");
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)))
                .isEqualTo(antwoord.getHeader("X-Brief-Sha256"));

        assertThat(overtredingen(pdf)).as("PDF/A-2a").isEmpty();
        String tekst = tekst(pdf);
        JsonNode regel = b.get("inhoud").get("regels").get(0);
        long volume = regel.get("volume").get("volume").asLong();
        assertThat(tekst).contains(b.get("kenmerk").asText()).contains("Brieftest Jansen").contains("Staverse Hoek 12")
                .contains("8321 AB Urk").contains(regel.get("product").asText())
                .contains(String.format(Locale.forLanguageTag("nl-NL"), "%,d", volume))
                .contains("Uitzonderlijke situatie in het gezin").contains("bezwaar").contains("Jeugdwet");
    }

    static List<String> overtredingen(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_A)) {
            ValidationResult r = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_A, false).validate(parser);
            return r.getTestAssertions().stream().filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + ": " + t.getMessage()).distinct().toList();
        }
    }

    static String tekst(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }
}
