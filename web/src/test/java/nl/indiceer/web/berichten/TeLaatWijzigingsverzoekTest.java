package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: a JW317 received later than Flevoland advises (Basis Begeleiding 45F01: at least 8 weeks before the change,
 * 002:376-380) is a warning on the deadline list, through the API and on the page; never a refusal.
 */
@WebTest
class TeLaatWijzigingsverzoekTest {

    static final String URK = "0184";

    @Autowired
    MockMvc mvc;

    /** The official JW317 for a client of Urk asking 45F01 from {@code ingang}, sent by the provider with AGB 12345678. */
    static String verzoek(String bsn, LocalDate ingang) throws Exception {
        Path map = Schemacontrole.ingesteldeMap();
        Assumptions.assumeTrue(map != null && Files.isRegularFile(map.resolve("ijw/voorbeelden/JW317.xml")),
                "de officiële iStandaarden staan niet naast de repository");
        return Files.readString(map.resolve("ijw/voorbeelden/JW317.xml"))
                .replace("<jw317:Afzender>65656055</jw317:Afzender>", "<jw317:Afzender>" + Besluiten.AGB + "</jw317:Afzender>")
                .replace("<jw317:Ontvanger>0384</jw317:Ontvanger>", "<jw317:Ontvanger>" + URK + "</jw317:Ontvanger>")
                .replace("<jw317:Bsn>999900006</jw317:Bsn>", "<jw317:Bsn>" + bsn + "</jw317:Bsn>")
                .replace("<ijw:Code>45A03</ijw:Code>", "<ijw:Code>45F01</ijw:Code>")
                .replace("2026-11-01", ingang.toString())
                .replace("2024-02-28", ingang.plusMonths(6).toString())
                .replaceFirst("(?s)<jw317:OngewijzigdeProducten>.*</jw317:OngewijzigdeProducten>", "");
    }

    @Test
    void eenTeLaatOntvangen317StaatAlsWaarschuwingOpDeTermijnlijst() throws Exception {
        Besluiten api = new Besluiten(mvc);
        String token = Aanmelding.nieuweGebruiker(mvc, "urk-317-laat", "consulent", URK);
        String bsn = Verzoeken.bsn();
        api.client(token, URK, bsn, "Tom de Wit", "Wijk 2 7");
        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        // two weeks before the change instead of the advised eight
        String xml = verzoek(bsn, vandaag.plusWeeks(2));
        JsonNode o = Besluiten.json(mvc.perform(post("/api/berichten").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8))));
        assertThat(o.get("status").asText()).as(o.toString()).isNotEqualTo("AFGEKEURD");

        JsonNode lijst = Besluiten.json(api.haal(token, "/api/termijnen?weken=12").andExpect(status().isOk()));
        JsonNode laat = null;
        for (JsonNode t : lijst.get("termijnen")) {
            if (t.get("soort").asText().equals("WIJZIGINGSVERZOEK_TE_LAAT")) {
                laat = t;
            }
        }
        assertThat(laat).as(lijst.toString()).isNotNull();
        assertThat(laat.get("product").asText()).isEqualTo("45F01");
        // the advice: received at the latest 8 weeks before the change
        assertThat(LocalDate.parse(laat.get("datum").asText())).isEqualTo(vandaag.plusWeeks(2).minusWeeks(8));

        // and on the page, with the region's source
        String pagina = mvc.perform(get("/termijnen?weken=12").with(user(Aanmelding.naamVan(token)).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).contains("Verzoek om wijziging later ontvangen dan de regio adviseert").contains("r. 376-380");
    }
}
