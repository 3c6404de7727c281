package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Omvang;
import nl.indiceer.berichten.ToegewezenProduct;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.Schemacontrole;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 10: a Flevoland family product (Behandeling – Gezin regulier, 45F33; dummy 45F35, 002:555-556, 985-990) for
 * three children linked to their own client records gives three 301s: the youngest the tariffed allocation, the others
 * a 1-stuks dummy, each valid against the official XSD. An extension keeps every child's number (IV066).
 */
@WebTest
class GezinsproductBerichtenTest {

    static final String URK = "0184";

    @Autowired
    MockMvc mvc;

    Besluiten api;
    static String urk;
    static String dronten;

    @BeforeEach
    void opzet() throws Exception {
        api = new Besluiten(mvc);
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-gezin", "consulent", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten-gezin", "consulent", "0303");
        }
    }

    long client(String token, String gemeente, String naam, String geboren) throws Exception {
        String body = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"" + geboren + "\","
                + "\"gemeentecode\":\"" + gemeente + "\",\"adres\":{\"straat\":\"Wijk 2 7\",\"postcode\":\"8321 AB\","
                + "\"woonplaats\":\"Urk\"}}";
        return Besluiten.json(api.stuur(token, "/api/clienten", body).andExpect(status().isCreated())).get("id").asLong();
    }

    /** 002-gezinsproduct-jongste-kind.json with three linked children, at the provider with AGB code 12345678. */
    static String gezin(long sanne, long noor, long mees) throws Exception {
        return Besluiten.voorbeeld("002-gezinsproduct-jongste-kind.json")
                .replace("\"gemeente\": \"Almere\"", "\"gemeente\": \"Urk\"")
                .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"aanbieder\": \"" + Besluiten.AGB + "\",")
                .replace("\"geboortedatum\": \"2013-05-01\"\n        }", "\"geboortedatum\": \"2013-05-01\", \"client_id\": " + sanne
                        + "\n        }, {\"naam\": \"Noor\", \"geboortedatum\": \"2014-10-03\", \"client_id\": " + noor + "}")
                .replace("\"geboortedatum\": \"2016-08-12\"\n        }", "\"geboortedatum\": \"2016-08-12\", \"client_id\": " + mees
                        + "\n        }");
    }

    Map<String, Toewijzingsbericht> berichten(long beschikking, Schemacontrole schema) throws Exception {
        Map<String, Toewijzingsbericht> perBsn = new HashMap<>();
        for (long id : ToewijzingsberichtenTest.ids(Besluiten.json(api.haal(urk, "/api/berichten/uitgaand")), beschikking)) {
            byte[] xml = api.haal(urk, "/api/berichten/uitgaand/{id}", id).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsByteArray();
            assertThat(schema.controleer(Berichtsoort.JW301, xml)).as("tegen de officiële XSD").isEmpty();
            Toewijzingsbericht b = (Toewijzingsbericht) Berichtlezer.lees(xml);
            perBsn.put(b.client().bsn(), b);
        }
        return perBsn;
    }

    @Test
    void drieGekoppeldeKinderenKrijgenElkEen301EnHoudenHunNummerBijVerlenging() throws Exception {
        Path istandaarden = Schemacontrole.ingesteldeMap();
        Assumptions.assumeTrue(istandaarden != null && Files.isDirectory(istandaarden.resolve("ijw/xsd")),
                "de officiële iStandaarden staan niet naast de repository");
        Schemacontrole schema = Schemacontrole.uit(istandaarden);
        long sanne = client(urk, URK, "Sanne de Wit", "2013-05-01");
        long noor = client(urk, URK, "Noor de Wit", "2014-10-03");
        long mees = client(urk, URK, "Mees de Wit", "2016-08-12");
        String bsnSanne = Besluiten.json(api.haal(urk, "/api/clienten/{id}", sanne)).get("bsn").asText();
        String bsnNoor = Besluiten.json(api.haal(urk, "/api/clienten/{id}", noor)).get("bsn").asText();
        String bsnMees = Besluiten.json(api.haal(urk, "/api/clienten/{id}", mees)).get("bsn").asText();

        JsonNode b = api.eerste(urk, sanne, gezin(sanne, noor, mees));
        Map<String, Toewijzingsbericht> eerste = berichten(b.get("id").asLong(), schema);
        assertThat(eerste).containsOnlyKeys(bsnSanne, bsnNoor, bsnMees);
        // the youngest directly involved child: the tariffed allocation with the minutes (002:555)
        ToegewezenProduct tarief = eerste.get(bsnMees).producten().get(0);
        assertThat(eerste.get(bsnMees).producten()).hasSize(1);
        assertThat(tarief.product().code()).isEqualTo("45F33");
        assertThat(tarief.omvang().eenheid()).isEqualTo("01");
        // the others each a dummy: 1 stuks, in their own 301 (002:556)
        for (String bsn : List.of(bsnSanne, bsnNoor)) {
            assertThat(eerste.get(bsn).producten()).singleElement().satisfies(p -> {
                assertThat(p.product().code()).isEqualTo("45F35");
                assertThat(p.omvang()).isEqualTo(new Omvang(1, "84", "6"));
            });
        }
        assertThat(eerste.values()).extracting(t -> t.producten().get(0).toewijzingNummer()).doesNotHaveDuplicates();

        // an extension: every child keeps its number (IV066), the dummies run along to the new end with reason 04
        String toewijzing = b.get("kenmerk").asText() + "/0";
        String verlenging = gezin(sanne, noor, mees)
                .replace("\"begindatum\": \"2025-03-01\"", "\"begindatum\": \"2026-03-01\"")
                .replace("\"einddatum\": \"2026-02-28\"", "\"einddatum\": \"2026-08-31\"")
                .replace("\"peildatum\": \"2025-03-01\"", "\"peildatum\": \"2026-02-01\"")
                .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"verlengt\": \"" + toewijzing + "\",");
        long tweede = api.aanvraag(urk, sanne, verlenging).get("id").asLong();
        JsonNode v = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + tweede + ", \"soort\": "
                + "\"VERLENGING\", \"vorigeId\": " + b.get("id").asLong() + ", \"regels\": [{\"regel\": 0, \"besluit\": "
                + "\"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Nog nodig.\", \"toewijzing\": \""
                + toewijzing + "\"}]}").andExpect(status().isCreated()));
        Map<String, Toewijzingsbericht> verlengd = berichten(v.get("id").asLong(), schema);
        for (String bsn : List.of(bsnSanne, bsnNoor)) {
            ToegewezenProduct voor = eerste.get(bsn).producten().get(0);
            assertThat(verlengd.get(bsn).producten()).as(bsn).singleElement().satisfies(p -> {
                assertThat(p.toewijzingNummer()).isEqualTo(voor.toewijzingNummer());
                assertThat(p.redenWijziging()).isEqualTo(ToegewezenProduct.VERLENGING);
                assertThat(p.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
                assertThat(p.einddatum()).isEqualTo(LocalDate.of(2026, 8, 31));
            });
        }
        assertThat(verlengd).containsKey(bsnMees);
    }

    /** Withdrawing the family product withdraws every child's allocation under its own number (reason 13, CS335). */
    @Test
    void eenIntrekkingTrektDeToewijzingVanElkKindIn() throws Exception {
        Path istandaarden = Schemacontrole.ingesteldeMap();
        Assumptions.assumeTrue(istandaarden != null && Files.isDirectory(istandaarden.resolve("ijw/xsd")),
                "de officiële iStandaarden staan niet naast de repository");
        Schemacontrole schema = Schemacontrole.uit(istandaarden);
        long sanne = client(urk, URK, "Sanne de Wit", "2013-05-01");
        long noor = client(urk, URK, "Noor de Wit", "2014-10-03");
        long mees = client(urk, URK, "Mees de Wit", "2016-08-12");
        JsonNode b = api.eerste(urk, sanne, gezin(sanne, noor, mees));
        Map<String, Toewijzingsbericht> eerste = berichten(b.get("id").asLong(), schema);

        String toewijzing = b.get("kenmerk").asText() + "/0";
        String intrekking = gezin(sanne, noor, mees)
                .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"wijzigt\": \"" + toewijzing + "\",");
        long tweede = api.aanvraag(urk, sanne, intrekking).get("id").asLong();
        JsonNode v = Besluiten.json(api.stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + tweede + ", \"soort\": "
                + "\"INTREKKING\", \"vorigeId\": " + b.get("id").asLong() + ", \"regels\": [{\"regel\": 0, \"besluit\": "
                + "\"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Niet meer nodig.\", "
                + "\"toewijzing\": \"" + toewijzing + "\"}]}").andExpect(status().isCreated()));
        Map<String, Toewijzingsbericht> ingetrokken = berichten(v.get("id").asLong(), schema);
        assertThat(ingetrokken.keySet()).isEqualTo(eerste.keySet());
        for (var e : ingetrokken.entrySet()) {
            assertThat(e.getValue().producten()).as(e.getKey()).singleElement().satisfies(p -> {
                assertThat(p.toewijzingNummer()).isEqualTo(eerste.get(e.getKey()).producten().get(0).toewijzingNummer());
                assertThat(p.product()).isEqualTo(eerste.get(e.getKey()).producten().get(0).product());
                assertThat(p.einddatum()).isEqualTo(p.ingangsdatum()).isEqualTo(LocalDate.of(2025, 3, 1));
                assertThat(p.redenWijziging()).isEqualTo(ToegewezenProduct.VERWIJDERD);
            });
        }
    }

    @Test
    void eenKindVanEenAndereGemeenteWordtGeweigerdAlsEenOnbekende() throws Exception {
        long sanne = client(urk, URK, "Sanne de Wit", "2013-05-01");
        long noor = client(urk, URK, "Noor de Wit", "2014-10-03");
        long elders = client(dronten, "0303", "Mees de Wit", "2016-08-12");
        String body = "{\"clientId\": " + sanne + ", \"status\": \"CONCEPT\", \"invoer\": " + gezin(sanne, noor, elders) + "}";
        api.stuur(urk, "/api/aanvragen", body).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("invoer.producten[0].gezin[2].client_id"))
                .andExpect(jsonPath("$.fouten[0].code").value("CLIENT_ONBEKEND"));
        String onbekend = "{\"clientId\": " + sanne + ", \"status\": \"CONCEPT\", \"invoer\": "
                + gezin(sanne, noor, Long.MAX_VALUE - 7) + "}";
        api.stuur(urk, "/api/aanvragen", onbekend).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("CLIENT_ONBEKEND"));
    }

    @Test
    void eenKindZonderKoppelingKrijgtGeen301MaarEenReden() throws Exception {
        long sanne = client(urk, URK, "Sanne de Wit", "2013-05-01");
        long noor = client(urk, URK, "Noor de Wit", "2014-10-03");
        String zonderMees = gezin(sanne, noor, 0).replace(", \"client_id\": 0", "");
        long beschikking = api.eerste(urk, sanne, zonderMees).get("id").asLong();
        JsonNode lijst = Besluiten.json(api.haal(urk, "/api/berichten/uitgaand").andExpect(status().isOk()));
        assertThat(ToewijzingsberichtenTest.redenen(lijst, beschikking)).anySatisfy(r -> assertThat(r)
                .contains("gezinslid Mees is niet gekoppeld aan een cliënt"));
    }
}
