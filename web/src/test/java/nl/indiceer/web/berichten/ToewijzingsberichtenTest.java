package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A decision makes its 301s in the outbox: recorded with the decision, written to the provider's folder, valid against
 * the official XSD, a change keeping the ToewijzingNummer with its RedenWijziging; where no 301 can be made the reason
 * is recorded and shown; another municipality sees nothing.
 */
@WebTest
class ToewijzingsberichtenTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";
    static final String RIDDERKERK = "0597";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Berichtinstellingen instellingen;

    Besluiten api;
    static String urk;
    static String dronten;
    static String ridderkerk;
    static String auditor;

    @BeforeEach
    void opzet() throws Exception {
        api = new Besluiten(mvc);
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-301", "consulent", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten-301", "backoffice", DRONTEN);
            ridderkerk = Aanmelding.nieuweGebruiker(mvc, "ridderkerk-301", "consulent", RIDDERKERK);
            auditor = Aanmelding.nieuweGebruiker(mvc, "urk-301-auditor", "auditor", URK);
        }
    }

    static List<Long> ids(JsonNode lijst, long beschikking) {
        List<Long> ids = new ArrayList<>();
        lijst.get("berichten").forEach(b -> {
            if (b.get("beschikkingId").asLong() == beschikking) {
                ids.add(b.get("id").asLong());
            }
        });
        return ids;
    }

    byte[] xml(String token, long id) throws Exception {
        return api.haal(token, "/api/berichten/uitgaand/{id}", id).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void eenBesluitGeeftEen301DieVoldoetAanHetOfficieleSchemaEnInDeMapVanDeAanbiederStaat() throws Exception {
        Path istandaarden = Schemacontrole.ingesteldeMap();
        assertThat(istandaarden).as("indiceer.istandaarden (surefire) wijst naar ../shared/istandaarden").isNotNull();
        // the official schemas live beside the repository, never in it: without them this test cannot run
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(istandaarden.resolve("ijw/xsd")),
                "de officiële iStandaarden staan niet in " + istandaarden);
        Schemacontrole schema = Schemacontrole.uit(istandaarden);
        assertThat(schema.heeftSchema(Berichtsoort.JW301)).isTrue();

        long client = api.client(urk, URK);
        JsonNode b = api.eerste(urk, client, Besluiten.groepMetAanbieder(Besluiten.AGB));
        long beschikking = b.get("id").asLong();

        JsonNode lijst = Besluiten.json(api.haal(urk, "/api/berichten/uitgaand").andExpect(status().isOk()));
        List<Long> ids = ids(lijst, beschikking);
        assertThat(ids).hasSize(1);
        long id = ids.get(0);
        JsonNode rij = null;
        for (JsonNode r : lijst.get("berichten")) {
            if (r.get("id").asLong() == id) {
                rij = r;
            }
        }
        assertThat(rij.get("soort").asText()).isEqualTo("JW301");
        assertThat(rij.get("ontvanger").asText()).isEqualTo(Besluiten.AGB);
        // written right after the decision's commit
        assertThat(rij.get("status").asText()).isEqualTo("VERZONDEN");

        byte[] xml = xml(urk, id);
        assertThat(schema.controleer(Berichtsoort.JW301, xml)).as("tegen de officiële XSD").isEmpty();
        assertThat(xml[0]).as("geen BOM").isEqualTo((byte) '<');
        String tekst = new String(xml, StandardCharsets.UTF_8);
        assertThat(tekst).contains("\r\n").doesNotContainPattern("[^\r]\n");
        Toewijzingsbericht t = (Toewijzingsbericht) Berichtlezer.lees(xml);
        assertThat(t.header().afzender()).isEqualTo(URK);
        assertThat(t.header().ontvanger()).isEqualTo(Besluiten.AGB);
        assertThat(t.client().naam().geslachtsnaam().achternaam()).isEqualTo("Vries");
        assertThat(t.client().naam().geslachtsnaam().voorvoegsel()).isEqualTo("de");
        assertThat(t.client().contactgegevens().get(0).adres().huisnummer()).isEqualTo("12");
        assertThat(t.producten()).hasSize(1);
        ToegewezenProduct p = t.producten().get(0);
        assertThat(p.product().code()).isEqualTo("45F02");
        assertThat(p.redenWijziging()).isNull();

        // the file in the provider's folder is exactly the stored message
        Path bestand = instellingen.uitbox().resolve(rij.get("bestand").asText());
        assertThat(bestand.getParent().getFileName().toString()).isEqualTo(Besluiten.AGB);
        assertThat(Files.readAllBytes(bestand)).isEqualTo(xml);

        // another municipality: 404 like a message that does not exist, and not in its list
        api.haal(dronten, "/api/berichten/uitgaand/{id}", id).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BERICHT_NIET_GEVONDEN"));
        api.haal(dronten, "/api/berichten/uitgaand/{id}", Long.MAX_VALUE).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("BERICHT_NIET_GEVONDEN"));
        assertThat(ids(Besluiten.json(api.haal(dronten, "/api/berichten/uitgaand")), beschikking)).isEmpty();
        // an auditor reads the audit trail, not the messages
        api.haal(auditor, "/api/berichten/uitgaand").andExpect(status().isForbidden());
        assertThat(jdbc.sql("select actie from auditregel where object_type = 'bericht' and object_id = ? order by id")
                .params(id).query(String.class).list()).containsSubsequence("BERICHT_AANGEMAAKT", "BERICHT_GELEZEN", "BERICHT_NIET_GEVONDEN");

        // a verlenging with another volume per week: a new allocation with a new number beside the old one (IV066); the
        // old one ended before the decision moment, so it is not repeated (OP087 names the current set)
        String toewijzing = b.get("kenmerk").asText() + "/0";
        String verlenging = Besluiten.groepMetAanbieder(Besluiten.AGB)
                .replace("\"begindatum\": \"2025-03-01\"", "\"begindatum\": \"2026-03-01\"")
                .replace("\"einddatum\": \"2026-02-28\"", "\"einddatum\": \"2026-08-31\"")
                .replace("\"peildatum\": \"2025-03-01\"", "\"peildatum\": \"2026-02-01\"")
                .replace("\"weken\": 48", "\"weken\": 20")
                .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"verlengt\": \"" + toewijzing + "\",");
        long tweede = api.aanvraag(urk, client, verlenging).get("id").asLong();
        JsonNode v = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + tweede + ", \"soort\": \"VERLENGING\", "
                + "\"vorigeId\": " + beschikking + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": "
                + "\"Afgestemd.\", \"motivering\": \"Nog nodig.\", \"toewijzing\": \"" + toewijzing + "\"}]}")
                .andExpect(status().isCreated()));
        List<Long> tweedeIds = ids(Besluiten.json(api.haal(urk, "/api/berichten/uitgaand")), v.get("id").asLong());
        assertThat(tweedeIds).hasSize(1);
        byte[] xml2 = xml(urk, tweedeIds.get(0));
        assertThat(schema.controleer(Berichtsoort.JW301, xml2)).isEmpty();
        Toewijzingsbericht t2 = (Toewijzingsbericht) Berichtlezer.lees(xml2);
        assertThat(t2.header().identificatie()).isNotEqualTo(t.header().identificatie());
        assertThat(t2.producten()).singleElement().satisfies(q -> {
            assertThat(q.omvang()).isNotEqualTo(p.omvang());
            assertThat(q.toewijzingNummer()).isGreaterThan(p.toewijzingNummer());
            assertThat(q.redenWijziging()).isNull();
            assertThat(q.einddatum()).isEqualTo(java.time.LocalDate.of(2026, 8, 31));
        });
        // the allocation of the timeline is now sent under its new number
        assertThat(jdbc.sql("select nummer from toewijzing_bericht where toewijzing = ?").params(toewijzing)
                .query(Long.class).single()).isEqualTo(t2.producten().get(0).toewijzingNummer());
    }

    @Test
    void zonderAgbCodeOfZonderLandelijkeProductcodesWordtDeRedenVastgelegdEnGetoond() throws Exception {
        long client = api.client(urk, URK);
        long zonderAgb = api.eerste(urk, client, Besluiten.groepMetAanbieder("Zorg BV")).get("id").asLong();
        JsonNode urkLijst = Besluiten.json(api.haal(urk, "/api/berichten/uitgaand").andExpect(status().isOk()));
        assertThat(ids(urkLijst, zonderAgb)).isEmpty();
        assertThat(redenen(urkLijst, zonderAgb)).anySatisfy(r -> assertThat(r).contains("Zorg BV").contains("AGB-code"));

        long rk = api.client(ridderkerk, RIDDERKERK, Verzoeken.bsn(), "Piet Jansen", "Dorpsstraat 3a");
        long rkBesluit = api.eerste(ridderkerk, rk, Besluiten.voorbeeld("004-behandeling-basis-40-uur.json")).get("id").asLong();
        JsonNode rkLijst = Besluiten.json(api.haal(ridderkerk, "/api/berichten/uitgaand"));
        assertThat(ids(rkLijst, rkBesluit)).isEmpty();
        assertThat(redenen(rkLijst, rkBesluit)).anySatisfy(r -> assertThat(r).contains("geen landelijke productcodes"));
        // Ridderkerk's reasons are not Urk's
        assertThat(redenen(Besluiten.json(api.haal(urk, "/api/berichten/uitgaand")), rkBesluit)).isEmpty();
    }

    static List<String> redenen(JsonNode lijst, long beschikking) {
        List<String> uit = new ArrayList<>();
        lijst.get("geenBericht").forEach(r -> {
            if (r.get("beschikkingId").asLong() == beschikking) {
                uit.add(r.get("reden").asText());
            }
        });
        return uit;
    }
}
