package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.NieuwProduct;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.Product;
import nl.indiceer.berichten.TeWijzigenProduct;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.Wijzigingsverzoek;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Berichtschrijver;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: Flevoland judges a verzoek om wijziging (317) as a whole (verlenging.via_verzoek_om_wijziging.als_geheel,
 * 002:498-502: "Wanneer een deel van het verzoek niet gehonoreerd wordt, stuurt de gemeente geen JW301"). A decision on
 * the request made from it with a refused line is refused (422 VERZOEK_OM_WIJZIGING_ALS_GEHEEL, no decision, no 301);
 * granted entirely, one 301 goes out.
 */
@WebTest
class WijzigingsverzoekAlsGeheelTest {

    static final String URK = InkomendeBerichtenTest.URK;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void eenVerzoekOmWijzigingWordtAlsGeheelToegekendOfNietBeslotenEnDeelsGaatErGeen301() throws Exception {
        Besluiten api = new Besluiten(mvc);
        String urk = Aanmelding.nieuweGebruiker(mvc, "urk-317-geheel", "consulent", URK);
        String bsn = Verzoeken.bsn();
        long client = api.client(urk, URK, bsn, "Roos Visser", "Wijk 5 9");
        LocalDate begin = LocalDate.now().minusMonths(2).withDayOfMonth(1);
        LocalDate eind = begin.plusMonths(6).minusDays(1);
        String invoer = Besluiten.groepMetAanbieder(Besluiten.AGB).replace("\"weken\": 48,", "")
                .replace("2025-03-01", begin.toString()).replace("2026-02-28", eind.toString());
        JsonNode eerste = api.eerste(urk, client, invoer);
        long vorige = eerste.get("id").asLong();
        String toewijzing = eerste.get("kenmerk").asText() + "/0";
        long uit = jdbc.sql("select id from uitgaand_bericht where beschikking_id = ?").params(vorige).query(Long.class).single();
        ToegewezenProduct t = ((Toewijzingsbericht) Berichtlezer.lees(jdbc.sql("select inhoud from uitgaand_bericht where id = ?")
                .params(uit).query(byte[].class).single())).producten().get(0);

        // the provider asks one more hour a week and a new product beside it: one request of two lines
        LocalDate ingang = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        Omvang meer = new Omvang(t.omvang().volume() + 60, t.omvang().eenheid(), t.omvang().frequentie());
        long[] ontvangen = ontvang(api, urk, bsn, "317000000091", List.of(new TeWijzigenProduct(t.toewijzingNummer(),
                ingang, eind, meer, null)), List.of(new NieuwProduct(new Product("45", "45F01"), ingang, eind,
                new Omvang(120, "01", "2"), null)));
        long inkomend = ontvangen[0];
        long aanvraag = ontvangen[1];
        long voor = jdbc.sql("select count(*) from uitgaand_bericht where client_id = ?").params(client).query(Long.class).single();

        String toekennen0 = "{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", "
                + "\"motivering\": \"Meer nodig.\", \"toewijzing\": \"" + toewijzing + "\"}";
        String besluit = "{\"aanvraagId\": " + aanvraag + ", \"soort\": \"WIJZIGING\", \"vorigeId\": " + vorige
                + ", \"regels\": [" + toekennen0 + ", %s]}";
        // one line refused: the decision is refused as a whole, naming the 317; nothing decided, no 301
        JsonNode geweigerd = Besluiten.json(api.stuur(urk, "/api/beschikkingen", besluit.formatted(
                "{\"regel\": 1, \"besluit\": \"AFWIJZEN\", \"reden\": \"Niet nodig naast de groep.\"}"))
                .andExpect(status().isUnprocessableContent()));
        assertThat(geweigerd.get("code").asText()).isEqualTo("VERZOEK_OM_WIJZIGING_ALS_GEHEEL");
        assertThat(geweigerd.get("inkomendBericht").asLong()).isEqualTo(inkomend);
        assertThat(geweigerd.get("afgewezenRegels")).extracting(JsonNode::asInt).containsExactly(1);
        assertThat(geweigerd.get("detail").asText()).contains("002:498-502").contains("319");
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").params(aanvraag).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from uitgaand_bericht where client_id = ?").params(client).query(Long.class)
                .single()).isEqualTo(voor);

        // every line granted (a 317 of the one change: a new product cannot be decided in a change yet): one 301
        long heel = ontvang(api, urk, bsn, "317000000092", List.of(new TeWijzigenProduct(t.toewijzingNummer(), ingang, eind,
                meer, null)), List.of())[1];
        JsonNode genomen = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + heel
                + ", \"soort\": \"WIJZIGING\", \"vorigeId\": " + vorige + ", \"regels\": [" + toekennen0 + "]}")
                .andExpect(status().isCreated()));
        List<Long> nieuw = jdbc.sql("select id from uitgaand_bericht where beschikking_id = ? and soort = 'JW301'")
                .params(genomen.get("id").asLong()).query(Long.class).list();
        assertThat(nieuw).hasSize(1);
        // TR379: each allocation that grants the 317 names the 317's ReferentieAanbieder; the 301 is schema-valid
        byte[] xml301 = jdbc.sql("select inhoud from uitgaand_bericht where id = ?").params(nieuw.get(0))
                .query(byte[].class).single();
        AntwoordenTest.geldig(Berichtsoort.JW301, xml301);
        List<ToegewezenProduct> producten = ((Toewijzingsbericht) Berichtlezer.lees(xml301)).producten();
        assertThat(producten).isNotEmpty().allSatisfy(q -> assertThat(q.referentieAanbieder()).isEqualTo("VOW-317000000092"));
    }

    /** Receives the provider's 317 and hands the draft request over; {id of the incoming message, id of the request}. */
    long[] ontvang(Besluiten api, String urk, String bsn, String identificatie, List<TeWijzigenProduct> wijzigen,
                   List<NieuwProduct> nieuw) throws Exception {
        String xml = new String(Berichtschrijver.schrijf(new Wijzigingsverzoek(new Header(Berichtsoort.JW317, Besluiten.AGB,
                URK, identificatie, LocalDate.now(), Header.XsdVersie.RELEASE_3_2), bsn, "VOW-" + identificatie, "1",
                List.of(), wijzigen, nieuw)), StandardCharsets.UTF_8);
        JsonNode o = Besluiten.json(mvc.perform(post("/api/berichten").header("Authorization", "Bearer " + urk)
                .contentType(MediaType.APPLICATION_XML).content(xml.getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("VERWERKT")));
        long aanvraag = o.get("aanvraagId").asLong();
        JsonNode a = Besluiten.json(api.haal(urk, "/api/aanvragen/{id}", aanvraag));
        assertThat(a.get("invoer").get("producten")).hasSize(wijzigen.size() + nieuw.size());
        Besluiten.json(mvc.perform(put("/api/aanvragen/{id}", aanvraag)
                .header("Authorization", "Bearer " + urk).contentType(MediaType.APPLICATION_JSON)
                .content(("{\"versie\": " + a.get("versie").asInt() + ", \"status\": \"INGEDIEND\", \"invoer\": "
                        + a.get("invoer") + "}").getBytes(StandardCharsets.UTF_8))).andExpect(status().isOk()));
        return new long[] {o.get("id").asLong(), aanvraag};
    }
}
