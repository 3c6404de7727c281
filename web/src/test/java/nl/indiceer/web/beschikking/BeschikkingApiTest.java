package nl.indiceer.web.beschikking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Deciding through the API: the rule blocks a FOUT until the hardheidsclausule is invoked, the decision states what
 * the engine computed, its letter, a change (verlenging) and the running allocations; roles, scoping and audit.
 */
@WebTest
class BeschikkingApiTest {

    static final String URK = "0184";
    static final String DRONTEN = "0303";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String urk;
    static String dronten;
    static String auditor;
    static String beleid;

    @BeforeEach
    void opzet() throws Exception {
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk", "consulent", URK);
            dronten = Aanmelding.nieuweGebruiker(mvc, "dronten", "consulent", DRONTEN);
            auditor = Aanmelding.nieuweGebruiker(mvc, "urk-auditor", "auditor", URK);
            beleid = Aanmelding.nieuweGebruiker(mvc, "urk-beleid", "beleid", URK);
        }
    }

    static String voorbeeld(String naam) throws Exception {
        return Files.readString(ROOT.resolve("docs/voorbeelden").resolve(naam));
    }

    ResultActions stuur(String token, String pad, String body) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)));
    }

    ResultActions haal(String token, String pad, Object... waarden) throws Exception {
        return mvc.perform(get(pad, waarden).header("Authorization", "Bearer " + token));
    }

    static JsonNode json(ResultActions r) throws Exception {
        return JSON.readTree(r.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    long client(String token, String gemeente) throws Exception {
        String body = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Besluittest\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + gemeente + "\",\"adres\":{\"straat\":\"Wijk 1 12\",\"postcode\":\"8321 AA\",\"woonplaats\":\"Urk\"}}";
        return json(stuur(token, "/api/clienten", body).andExpect(status().isCreated())).get("id").asLong();
    }

    JsonNode aanvraag(String token, long client, String invoer) throws Exception {
        return json(stuur(token, "/api/aanvragen", "{\"clientId\": " + client + ", \"status\": \"INGEDIEND\", \"invoer\": "
                + invoer + "}").andExpect(status().isCreated()));
    }

    private List<String> audit(String objectType, long id) {
        return jdbc.sql("select actie from auditregel where object_type = ? and object_id = ? order by id")
                .params(objectType, id).query(String.class).list();
    }

    @Test
    void eenFoutBlokkeertTotDeHardheidsclausuleEnDeBeschikkingZegtWatDeMotorBerekende() throws Exception {
        long client = client(urk, URK);
        // a rule broken: Basis Begeleiding - Groep is allocated in total, not per week (002:1637-1647); 576 hours in
        // total is more than the table headed "Richtlijn" (002:1660) gives, which is a guideline: no FOUT (issue 9)
        JsonNode a = aanvraag(urk, client, voorbeeld("002-basis-begeleiding-groep-a-per-week.json"));
        long aanvraag = a.get("id").asLong();

        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("BESLUIT_ONVOLLEDIG"))
                .andExpect(jsonPath("$.ontbrekend[0].code").value("HARDHEIDSCLAUSULE_NODIG"))
                .andExpect(jsonPath("$.ontbrekend[0].regel").value(0))
                .andExpect(jsonPath("$.ontbrekend[0].parameters.bevindingen[0]").value("PERIODE_NIET_TOEGESTAAN"));
        // a refusal without a reason cannot exist
        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, \"besluit\": \"AFWIJZEN\"}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("regels[0].reden"));
        // another municipality's request: 404 like one that does not exist
        stuur(dronten, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": []}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("AANVRAAG_NIET_GEVONDEN"));
        // auditor and beleid read, never decide
        stuur(auditor, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": []}").andExpect(status().isForbidden());
        stuur(beleid, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": []}").andExpect(status().isForbidden());

        String besluit = "{\"aanvraagId\": " + aanvraag + ", \"versie\": " + a.get("versie").asInt() + ", \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Uitzonderlijke situatie, afgestemd met de teamleider.\"}]}";
        ResultActions genomen = stuur(urk, "/api/beschikkingen", besluit).andExpect(status().isCreated())
                .andExpect(jsonPath("$.soort").value("EERSTE"))
                .andExpect(jsonPath("$.kenmerk").value(org.hamcrest.Matchers.matchesPattern("0184-[0-9]{4}-[0-9]{6}")))
                .andExpect(jsonPath("$.besluitnemer").value(Aanmelding.naamVan(urk)))
                .andExpect(jsonPath("$.regeling.hash").value(a.get("regeling").get("hash").asText()));
        JsonNode b = json(genomen);
        long id = b.get("id").asLong();
        assertThat(genomen.andReturn().getResponse().getHeader("Location")).isEqualTo("/api/beschikkingen/" + id);

        // the decision states exactly what the engine computed for its request under its rulebook version
        JsonNode berekend = a.get("resultaat").get("regels").get(0);
        JsonNode regel = b.get("inhoud").get("regels").get(0);
        assertThat(regel.get("volume").get("volume").decimalValue()).isEqualByComparingTo(berekend.get("volume").get("volume").decimalValue());
        assertThat(regel.get("volume").get("totaal_geldigheidsduur").decimalValue())
                .isEqualByComparingTo(berekend.get("volume").get("totaal_geldigheidsduur").decimalValue());
        assertThat(regel.get("rekensomstappen")).isEqualTo(berekend.get("rekensomstappen"));
        assertThat(regel.get("rekensom")).isEqualTo(berekend.get("rekensom"));
        assertThat(regel.get("kosten").get("totaal")).isEqualTo(berekend.get("kosten").get("totaal"));
        assertThat(regel.get("hardheidsclausule").asText()).startsWith("Uitzonderlijke");
        assertThat(regel.get("motivering").asText()).isEqualTo("Categorie A.");

        // decided once: the request is BESLOTEN, and cannot be decided or changed again
        stuur(urk, "/api/beschikkingen", besluit).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("AANVRAAG_AL_BESLOTEN"));
        haal(urk, "/api/aanvragen/{id}", aanvraag).andExpect(jsonPath("$.status").value("BESLOTEN"));

        // the letter
        ResultActions brief = haal(urk, "/api/beschikkingen/{id}/brief", id).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        byte[] pdf = brief.andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(brief.andReturn().getResponse().getHeader("X-Brief-Sha256"))
                .isEqualTo(BeschikkingDienst.sha256(pdf)).isEqualTo(b.get("briefSha256").asText());

        // readers; and another municipality sees nothing
        haal(auditor, "/api/beschikkingen/{id}", id).andExpect(status().isOk());
        haal(beleid, "/api/beschikkingen/{id}/brief", id).andExpect(status().isOk());
        haal(auditor, "/api/clienten/{id}/beschikkingen", client).andExpect(status().isOk());
        haal(dronten, "/api/beschikkingen/{id}", id).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("BESCHIKKING_NIET_GEVONDEN"));
        haal(dronten, "/api/beschikkingen/{id}/brief", id).andExpect(status().isNotFound());
        haal(dronten, "/api/clienten/{id}/beschikkingen", client).andExpect(status().isNotFound());
        haal(dronten, "/api/beschikkingen/{id}", Long.MAX_VALUE).andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("BESCHIKKING_NIET_GEVONDEN"));

        assertThat(audit("beschikking", id)).containsSubsequence("BESCHIKKING_GENOMEN", "BRIEF_GEDOWNLOAD", "BESCHIKKING_GELEZEN",
                "BRIEF_GEDOWNLOAD", "BESCHIKKING_NIET_GEVONDEN");

        // running on a date within the validity (1 March 2025 up to and including 28 February 2026), not after it
        String toewijzing = b.get("kenmerk").asText() + "/0";
        haal(urk, "/api/clienten/{id}/beschikkingen?datum=2025-06-01", client).andExpect(status().isOk())
                .andExpect(jsonPath("$.beschikkingen[0].id").value(id))
                .andExpect(jsonPath("$.lopend[0].id").value(toewijzing))
                .andExpect(jsonPath("$.lopend[0].product").value("45F02"));
        haal(urk, "/api/clienten/{id}/beschikkingen?datum=2026-04-01", client).andExpect(jsonPath("$.lopend").isEmpty());

        // a verlenging: a new request, a new decision naming the previous one and the allocation
        String verlenging = voorbeeld("002-basis-begeleiding-groep-a-te-veel.json")
                .replace("\"begindatum\": \"2025-03-01\"", "\"begindatum\": \"2026-03-01\"")
                .replace("\"einddatum\": \"2026-02-28\"", "\"einddatum\": \"2026-08-31\"")
                .replace("\"peildatum\": \"2025-03-01\"", "\"peildatum\": \"2026-02-01\"")
                .replace("\"weken\": 48", "\"weken\": 20");
        long tweede = aanvraag(urk, client, verlenging).get("id").asLong();
        String wijzig = "{\"aanvraagId\": " + tweede + ", \"soort\": \"VERLENGING\", \"vorigeId\": %d, \"regels\": [{\"regel\": 0, "
                + "\"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", \"motivering\": \"Nog nodig.\", \"toewijzing\": \"%s\"}]}";
        stuur(urk, "/api/beschikkingen", wijzig.formatted(id, "bestaat-niet/0")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("TOEWIJZING_ONBEKEND"));
        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + tweede + ", \"soort\": \"VERLENGING\", \"regels\": []}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].code").value("VORIGE_ONTBREEKT"));
        JsonNode v = json(stuur(urk, "/api/beschikkingen", wijzig.formatted(id, toewijzing)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.soort").value("VERLENGING")).andExpect(jsonPath("$.vorigeId").value(id)));
        assertThat(v.get("inhoud").get("vorige").asText()).isEqualTo(b.get("kenmerk").asText());
        assertThat(audit("beschikking", v.get("id").asLong())).containsExactly("BESCHIKKING_GEWIJZIGD");
        haal(urk, "/api/clienten/{id}/beschikkingen?datum=2026-04-01", client)
                .andExpect(jsonPath("$.beschikkingen.length()").value(2))
                .andExpect(jsonPath("$.lopend[0].id").value(toewijzing))
                .andExpect(jsonPath("$.lopend[0].looptijd.einddatum").value("2026-08-31"))
                .andExpect(jsonPath("$.lopend[0].verlengd").value(1));
        // the first decision is changed at most once
        long derde = aanvraag(urk, client, verlenging).get("id").asLong();
        stuur(urk, "/api/beschikkingen", wijzig.replace("" + tweede, "" + derde).formatted(id, toewijzing))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("BESCHIKKING_AL_GEWIJZIGD"));
    }

    @Test
    void eenConceptWordtNietBesloten() throws Exception {
        long client = client(urk, URK);
        long aanvraag = json(stuur(urk, "/api/aanvragen", "{\"clientId\": " + client + ", \"invoer\": "
                + voorbeeld("002-basis-begeleiding-groep-a-te-veel.json") + "}").andExpect(status().isCreated())).get("id").asLong();
        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, \"besluit\": \"AFWIJZEN\", \"reden\": \"Nee.\"}]}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("AANVRAAG_NIET_KLAAR"));
        // saving as BESLOTEN is not the way to decide
        stuur(urk, "/api/aanvragen", "{\"clientId\": " + client + ", \"status\": \"BESLOTEN\", \"invoer\": "
                + voorbeeld("002-basis-begeleiding-groep-a-te-veel.json") + "}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("ALLEEN_DOOR_BESLUIT"));
    }

    @Test
    void zonderAdresGeenBeschikkingWantDeBriefKanNergensHeen() throws Exception {
        String body = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Zonder Adres\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + URK + "\"}";
        long client = json(stuur(urk, "/api/clienten", body).andExpect(status().isCreated())).get("id").asLong();
        long aanvraag = aanvraag(urk, client, voorbeeld("002-basis-begeleiding-groep-a-te-veel.json")).get("id").asLong();
        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag + ", \"regels\": [{\"regel\": 0, \"besluit\": \"AFWIJZEN\", \"reden\": \"Nee.\"}]}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("ADRES_ONTBREEKT"));
        assertThat(jdbc.sql("select count(*) from beschikking where aanvraag_id = ?").param(aanvraag).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select status from aanvraag where id = ?").param(aanvraag).query(String.class).single())
                .isEqualTo("INGEDIEND");
    }

    /**
     * Issue 8: "the normenkader result where one was used (with its edition)". The line's task form is the shipped
     * example docs/voorbeelden/normeer-voorbeeld-begeleiding-drechtsteden.json (231 minutes per week, 1 001 per month);
     * the request's peildatum and region apply to it.
     */
    @Test
    void deNormeringVanEenRegelStaatInDeBeschikkingEnInDeBrief() throws Exception {
        long client = client(urk, URK);
        ObjectNode normering = (ObjectNode) JSON.readTree(voorbeeld("normeer-voorbeeld-begeleiding-drechtsteden.json"));
        normering.remove("peildatum");
        normering.remove("regio");
        String invoer = """
                {"regio": "drechtsteden", "peildatum": "2026-02-01", "client": {"geboortedatum": "1960-05-01"},
                 "producten": [{"product": "individuele-begeleiding", "financiering": "ZIN", "begindatum": "2026-02-01",
                   "einddatum": "2027-01-31", "periode": "MAAND", "motivering": "Volgens de normering.",
                   "posten": [{"omschrijving": "begeleiding volgens de normering", "minuten": 1001, "per": "maand"}],
                   "normering": %s}]}""".formatted(normering);
        JsonNode a = aanvraag(urk, client, invoer);
        long aanvraag = a.get("id").asLong();

        // an incomplete task form cannot be granted: a decision must name the norm its volume rests on
        JsonNode kapot = aanvraag(urk, client, invoer.replace("\"administratie\"", "\"bestaat-niet\""));
        stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + kapot.get("id").asLong()
                + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"motivering\": \"Nodig.\"}]}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.ontbrekend[0].code").value("NORMERING_ONVOLLEDIG"))
                .andExpect(jsonPath("$.ontbrekend[0].regel").value(0));

        JsonNode b = json(stuur(urk, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag
                + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"motivering\": \"Nodig.\"}]}")
                .andExpect(status().isCreated()));
        JsonNode n = b.get("inhoud").get("regels").get(0).get("normenkader");
        assertThat(n.get("normenkader").asText()).isEqualTo("voorbeeld-begeleiding");
        assertThat(n.get("editie").asText()).matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
        assertThat(n.get("minuten").decimalValue()).isEqualByComparingTo("1001");
        assertThat(n.get("per").asText()).isEqualTo("MAAND");

        byte[] pdf = haal(urk, "/api/beschikkingen/{id}/brief", b.get("id").asLong()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " "))
                    .contains("Wij zijn uitgegaan van het normenkader")
                    .contains("231 minuten per week, 1.001 minuten per maand");
        }
    }
}
