package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.regeling.RegelingInWerkingOpslag;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Putting a rulebook version in force from a date (issue 12): a copy of the shipped Ridderkerk rulebook with the ZIN
 * hourly tariff of behandeling-basis raised from 115,20 to 125,00 (004:1652) and a later geldig_vanaf. Requests with a
 * peildatum on or after that date are computed under it (its hash, its tariff), requests before it under the shipped
 * version; a decision taken before stays exactly as it was (its JSON and its letter). Dates today or earlier, a taken
 * date, another file than the one confirmed and an invalid file are refused with nothing stored; only the beleid role
 * puts a version in force. Each method uses its own dates, so the order of the methods does not matter. Own database:
 * the versions put in force here must not reach other test classes.
 */
@WebTest
@org.springframework.test.context.TestPropertySource(properties = "indiceer.test.eigen-database=inwerking")
class InwerkingstellingTest {

    static final String RIDDERKERK = "0597";
    static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    static final LocalDate API_DATUM = VANDAAG.plusDays(10);
    static final LocalDate PAGINA_DATUM = VANDAAG.plusDays(40);
    static final LocalDate ANDERE_INSTANTIE_DATUM = VANDAAG.plusDays(70);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RegelingenInWerking inWerking;

    @Autowired
    RegelingInWerkingOpslag opslag;

    static String consulent;
    static String beleid;
    static String auditor;

    @BeforeEach
    void opzet() throws Exception {
        if (consulent == null) {
            consulent = Aanmelding.nieuweGebruiker(mvc, "inwerking-consulent", "consulent", RIDDERKERK);
            beleid = Aanmelding.nieuweGebruiker(mvc, "inwerking-beleid", "beleid", RIDDERKERK);
            auditor = Aanmelding.nieuweGebruiker(mvc, "inwerking-auditor", "auditor", RIDDERKERK);
        }
    }

    static String kandidaat(LocalDate vanaf) throws Exception {
        return RegelwijzigingTest.geleverd().replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: " + vanaf)
                .replace(RegelwijzigingTest.TARIEF, "bedrag: 125.00, bron: \"004:1652\"");
    }

    ResultActions stuur(String token, String pad, String body, String type) throws Exception {
        return mvc.perform(post(pad).header("Authorization", "Bearer " + token).contentType(type)
                .content(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String invoer(LocalDate peildatum) {
        return """
                {"regio": "ridderkerk", "peildatum": "%s", "gemeente": "Ridderkerk", "client": {"geboortedatum": "2013-05-01"},
                 "producten": [{"product": "behandeling-basis", "financiering": "ZIN", "aanbieder": "Jeugdzorg Ridderkerk",
                   "begindatum": "%s", "einddatum": "%s", "periode": "TOTAAL", "motivering": "Wekelijks.",
                   "posten": [{"omschrijving": "behandeling", "uren": 1, "weken": 10, "per": "week"}]}]}"""
                .formatted(peildatum, peildatum, peildatum.plusMonths(3));
    }

    /** The computed request: {@code regeling_versie.sha256} and the first line's {@code kosten.totaal}. */
    JsonNode bereken(LocalDate peildatum) throws Exception {
        return RegelwijzigingTest.json(stuur(consulent, "/api/berekening", invoer(peildatum), MediaType.APPLICATION_JSON_VALUE)
                .andExpect(status().isOk()));
    }

    long besloten(LocalDate peildatum) throws Exception {
        String client = "{\"bsn\":\"" + Verzoeken.bsn() + "\",\"naam\":\"Inwerkingtest\",\"geboortedatum\":\"2013-05-01\","
                + "\"gemeentecode\":\"" + RIDDERKERK + "\",\"adres\":{\"straat\":\"Wijk 1 12\",\"postcode\":\"2981 AA\",\"woonplaats\":\"Ridderkerk\"}}";
        String json = MediaType.APPLICATION_JSON_VALUE;
        long id = RegelwijzigingTest.json(stuur(consulent, "/api/clienten", client, json).andExpect(status().isCreated())).get("id").asLong();
        long aanvraag = RegelwijzigingTest.json(stuur(consulent, "/api/aanvragen", "{\"clientId\": " + id
                + ", \"status\": \"INGEDIEND\", \"invoer\": " + invoer(peildatum) + "}", json).andExpect(status().isCreated()))
                .get("id").asLong();
        return RegelwijzigingTest.json(stuur(consulent, "/api/beschikkingen", "{\"aanvraagId\": " + aanvraag
                + ", \"regels\": [{\"regel\": 0, \"besluit\": \"TOEKENNEN\", \"hardheidsclausule\": \"Afgestemd.\", "
                + "\"motivering\": \"Nodig.\"}]}", json).andExpect(status().isCreated())).get("id").asLong();
    }

    byte[] lees(String pad) throws Exception {
        return mvc.perform(get(pad).header("Authorization", "Bearer " + consulent)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    long aantal() {
        return jdbc.sql("select count(*) from regeling_in_werking").query(Long.class).single();
    }

    @Test
    void vanafDeDatumRekentEenAanvraagMetDeNieuweVersieEnEenGenomenBeschikkingBlijftZoalsZijWas() throws Exception {
        String oudeHash = bereken(API_DATUM).get("regeling_versie").get("sha256").asText();
        long beschikking = besloten(VANDAAG.minusDays(7));
        byte[] beschikkingVoor = lees("/api/beschikkingen/" + beschikking);
        byte[] briefVoor = lees("/api/beschikkingen/" + beschikking + "/brief");

        String yaml = kandidaat(API_DATUM);
        JsonNode voorstel = RegelwijzigingTest.json(stuur(beleid, "/api/sturing/inwerking", yaml, "application/yaml")
                .andExpect(status().isOk()));
        assertThat(voorstel.get("inWerking").asBoolean()).isFalse();
        assertThat(voorstel.get("versie").get("geldigVanaf").asText()).isEqualTo(API_DATUM.toString());
        assertThat(voorstel.get("beeindigt").get("geldigTot").asText()).isEqualTo(API_DATUM.minusDays(1).toString());
        String bestandHash = voorstel.get("bestandSha256").asText();
        assertThat(bestandHash).isEqualTo(Bronbestand.van("x", yaml).sha256());
        // the check stored nothing
        assertThat(bereken(API_DATUM).get("regeling_versie").get("sha256").asText()).isEqualTo(oudeHash);

        long voor = aantal();
        JsonNode gezet = RegelwijzigingTest.json(stuur(beleid, "/api/sturing/inwerking?bevestig=" + bestandHash, yaml,
                "application/yaml").andExpect(status().isCreated()));
        assertThat(gezet.get("inWerking").asBoolean()).isTrue();
        assertThat(aantal()).isEqualTo(voor + 1);
        assertThat(jdbc.sql("select count(*) from auditregel where actie = 'REGELING_IN_WERKING_GEZET' and object_id = ?")
                .params(gezet.get("id").asLong()).query(Long.class).single()).isEqualTo(1);

        // on and after the date: the new version, its hash and its tariff (10 hours at 125,00)
        JsonNode na = bereken(API_DATUM);
        assertThat(na.get("regeling_versie").get("sha256").asText()).isEqualTo(bestandHash).isNotEqualTo(oudeHash);
        assertThat(na.get("regels").get(0).get("kosten").get("totaal").decimalValue()).isEqualByComparingTo("1250.00");
        // the day before: the shipped version, unchanged (10 hours at 115,20)
        JsonNode ervoor = bereken(API_DATUM.minusDays(1));
        assertThat(ervoor.get("regeling_versie").get("sha256").asText()).isEqualTo(oudeHash);
        assertThat(ervoor.get("regels").get(0).get("kosten").get("totaal").decimalValue()).isEqualByComparingTo("1152.00");

        // the decision taken before: the same answer and the same letter, byte for byte
        assertThat(lees("/api/beschikkingen/" + beschikking)).isEqualTo(beschikkingVoor);
        assertThat(lees("/api/beschikkingen/" + beschikking + "/brief")).isEqualTo(briefVoor);

        // a rule change is still compared against what is in force, the version put in force included
        stuur(beleid, "/api/sturing/regelwijziging", RegelwijzigingTest.geleverd(), "application/yaml").andExpect(status().isOk());

        // the rulebook page marks the version put in force in the application, and the shipped one as ending the day before
        String pagina = mvc.perform(get("/regelingen/ridderkerk?peildatum=" + API_DATUM)
                        .with(user(Aanmelding.naamVan(consulent)).roles("CONSULENT")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).containsPattern("data-testid=\"herkomst-" + API_DATUM + "\">In werking gezet in Indiceer door "
                + Pattern.quote(Aanmelding.naamVan(beleid)))
                .contains("data-testid=\"herkomst-2025-01-01\">Meegeleverd (map regelingen)");
        assertThat(mvc.perform(get("/api/sturing/inwerking").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains(bestandHash);
    }

    @Test
    void geweigerdWordtNietsOpgeslagen() throws Exception {
        long voor = aantal();
        // today is too early: requests of today were computed under the version then in force
        JsonNode vandaag = RegelwijzigingTest.json(stuur(beleid, "/api/sturing/inwerking", kandidaat(VANDAAG), "application/yaml")
                .andExpect(status().isUnprocessableContent()));
        assertThat(vandaag.get("code").asText()).isEqualTo("DATUM_NIET_IN_TOEKOMST");
        assertThat(vandaag.toString()).contains("op zijn vroegst morgen");
        // an invalid file: the reader's problems, naming the field
        JsonNode ongeldig = RegelwijzigingTest.json(stuur(beleid, "/api/sturing/inwerking",
                kandidaat(VANDAAG.plusDays(5)).replace("bedrag: 125.00", "bedrag: -1"), "application/yaml")
                .andExpect(status().isBadRequest()));
        assertThat(ongeldig.get("code").asText()).isEqualTo("ONGELDIGE_REGELING");
        // another file than the one confirmed
        assertThat(RegelwijzigingTest.json(stuur(beleid, "/api/sturing/inwerking?bevestig=" + "0".repeat(64),
                kandidaat(VANDAAG.plusDays(5)), "application/yaml").andExpect(status().isConflict())).get("code").asText())
                .isEqualTo("NIET_BEVESTIGD");
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void alleenDeBeleidsrolZetEenVersieInWerking() throws Exception {
        long voor = aantal();
        String yaml = kandidaat(VANDAAG.plusDays(3));
        stuur(consulent, "/api/sturing/inwerking", yaml, "application/yaml").andExpect(status().isForbidden());
        stuur(auditor, "/api/sturing/inwerking", yaml, "application/yaml").andExpect(status().isForbidden());
        mvc.perform(multipart("/sturing/inwerking").file(new MockMultipartFile("kandidaat", "k.yaml", "application/yaml",
                        yaml.getBytes(StandardCharsets.UTF_8)))
                .with(user(Aanmelding.naamVan(consulent)).roles("CONSULENT")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/sturing/inwerking/bevestig").param("inhoud", "eA==").param("hash", "0".repeat(64))
                .with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR")).with(csrf())).andExpect(status().isForbidden());
        // the auditor reads the list, without the form
        String pagina = mvc.perform(get("/sturing/inwerking").with(user(Aanmelding.naamVan(auditor)).roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(pagina).doesNotContain("id=\"inwerking-formulier\"");
        mvc.perform(get("/sturing/inwerking").with(user(Aanmelding.naamVan(consulent)).roles("CONSULENT")))
                .andExpect(status().isForbidden());
        assertThat(aantal()).isEqualTo(voor);
    }

    @Test
    void dePaginaControleertLaatBevestigenEnZetDanInWerking() throws Exception {
        var beleidsmedewerker = user(Aanmelding.naamVan(beleid)).roles("BELEID");
        // a date in the past: the reason at the field, the file field marked invalid
        String fout = mvc.perform(multipart("/sturing/inwerking").file(new MockMultipartFile("kandidaat", "k.yaml",
                        "application/yaml", kandidaat(VANDAAG.minusDays(1)).getBytes(StandardCharsets.UTF_8)))
                        .with(beleidsmedewerker).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(fout).contains("id=\"kandidaat-fout\"").contains("aria-invalid=\"true\"")
                .contains("is niet later dan vandaag");

        long voor = aantal();
        String bevestig = mvc.perform(multipart("/sturing/inwerking").file(new MockMultipartFile("kandidaat", "k.yaml",
                        "application/yaml", kandidaat(PAGINA_DATUM).getBytes(StandardCharsets.UTF_8)))
                        .with(beleidsmedewerker).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(bevestig).contains("id=\"bevestigen\"");
        assertThat(aantal()).as("a check stores nothing").isEqualTo(voor);
        String inhoud = waarde(bevestig, "inhoud");
        String hash = waarde(bevestig, "hash");
        mvc.perform(post("/sturing/inwerking/bevestig").param("inhoud", inhoud).param("hash", hash)
                        .with(beleidsmedewerker).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(aantal()).isEqualTo(voor + 1);
        assertThat(inWerking.nu().voor("ridderkerk", PAGINA_DATUM).versie().hash()).isEqualTo(hash);
        // confirming the same file again: that date is taken now
        String nogmaals = mvc.perform(post("/sturing/inwerking/bevestig").param("inhoud", inhoud).param("hash", hash)
                        .with(beleidsmedewerker).with(csrf()))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(nogmaals).contains("Er is al een versie van ridderkerk vanaf " + PAGINA_DATUM);
        assertThat(aantal()).isEqualTo(voor + 1);
    }

    @Test
    void eenVersieVanEenAndereInstantieWordtBijHetVolgendeVerzoekGeladen() throws Exception {
        // as another instance would: a row stored without this instance knowing
        byte[] yaml = kandidaat(ANDERE_INSTANTIE_DATUM).getBytes(StandardCharsets.UTF_8);
        Bronbestand b = new Bronbestand("ridderkerk/x.yaml", yaml);
        long gebruiker = jdbc.sql("select id from gebruiker where gebruikersnaam = ?").params(Aanmelding.naamVan(beleid))
                .query(Long.class).single();
        opslag.voegToe("ridderkerk", ANDERE_INSTANTIE_DATUM, yaml, b.sha256(), b.sha256(), gebruiker,
                Aanmelding.naamVan(beleid), OffsetDateTime.now());
        assertThat(inWerking.nu().voor("ridderkerk", ANDERE_INSTANTIE_DATUM).versie().hash()).isNotEqualTo(b.sha256());
        // the next request (any page or API call) compares the count and loads again
        assertThat(bereken(ANDERE_INSTANTIE_DATUM).get("regeling_versie").get("sha256").asText()).isEqualTo(b.sha256());
        assertThat(inWerking.nu().voor("ridderkerk", ANDERE_INSTANTIE_DATUM.minusDays(1)).versie().hash())
                .isNotEqualTo(b.sha256());
    }

    private static String waarde(String html, String naam) {
        Matcher m = Pattern.compile("name=\"" + naam + "\" value=\"([^\"]*)\"").matcher(html);
        assertThat(m.find()).as(naam).isTrue();
        return m.group(1);
    }
}
