package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * TR379 (ijw/regels/technische-regels/TR379.md): a ToegewezenProduct sent to honour a 315 carries the
 * ReferentieAanbieder of the AangevraagdProduct it grants. The reference travels from the 315 through the draft
 * request's line ({@code referentie_aanbieder}, docs/aanvraag-formaat.md) to the 301.
 */
@WebTest
class ReferentieAanbiederTest {

    static final String URK = InkomendeBerichtenTest.URK;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenToewijzingDieEen315HonoreertNoemtDeReferentieVanHetGevraagdeProduct() throws Exception {
        Besluiten api = new Besluiten(mvc);
        String urk = Aanmelding.nieuweGebruiker(mvc, "urk-tr379", "consulent", URK);
        String bsn = Verzoeken.bsn();
        api.client(urk, URK, bsn, "Tom de Wit", "Wijk 2 7");
        JsonNode o = Besluiten.json(mvc.perform(post("/api/berichten").header("Authorization", "Bearer " + urk)
                .contentType(MediaType.APPLICATION_XML).content(InkomendeBerichtenTest.verzoek(bsn)
                        .getBytes(StandardCharsets.UTF_8))).andExpect(status().isCreated()));
        long aanvraag = o.get("aanvraagId").asLong();
        JsonNode a = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", aanvraag));
        // the official example's reference of the 45F02 it asks (the 55A12 beside it is refused with a 319)
        assertThat(a.get("invoer").get("producten").get(0).get("referentie_aanbieder").asText()).isEqualTo("40A12341234");
        Besluiten.json(mvc.perform(put("/api/aanvragen/{id}", aanvraag).header("Authorization", "Bearer " + urk)
                .contentType(MediaType.APPLICATION_JSON).content(("{\"versie\": " + a.get("versie").asInt()
                        + ", \"status\": \"INGEDIEND\", \"invoer\": " + a.get("invoer") + "}").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isOk()));
        JsonNode b = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": "
                + "[{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": "
                + "\"Nodig.\"}]}").andExpect(status().isCreated()));
        List<byte[]> uit = jdbc.sql("select inhoud from uitgaand_bericht where beschikking_id = ? and soort = 'JW301'")
                .params(b.get("id").asLong()).query(byte[].class).list();
        assertThat(uit).hasSize(1);
        AntwoordenTest.geldig(Berichtsoort.JW301, uit.get(0));
        assertThat(((Toewijzingsbericht) Berichtlezer.lees(uit.get(0))).producten())
                .singleElement().satisfies(p -> assertThat(p.referentieAanbieder()).isEqualTo("40A12341234"));
    }
}
