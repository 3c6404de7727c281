package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Clients through the API, and attempts to break the municipality scoping: a consultant of Almere (0034) going after
 * a client of Dronten (0303) by guessing ids, by BSN, by name prefix, by date of birth and by creating one there.
 */
@WebTest
class ClientApiTest {

    static final String ALMERE = "0034";
    static final String DRONTEN = "0303";

    @Autowired
    MockMvc mvc;

    String almere;
    String dronten;
    String beide;
    String nergens;

    @BeforeEach
    void gebruikers() throws Exception {
        almere = Aanmelding.nieuweGebruiker(mvc, "almere", "consulent", ALMERE);
        dronten = Aanmelding.nieuweGebruiker(mvc, "dronten", "consulent", DRONTEN);
        beide = Aanmelding.nieuweGebruiker(mvc, "beide", "backoffice", ALMERE, DRONTEN);
        nergens = Aanmelding.nieuweGebruiker(mvc, "nergens", "consulent");
    }

    static String json(String bsn, String naam, String geboortedatum, String gemeentecode) {
        var o = new ObjectMapper().createObjectNode().put("bsn", bsn).put("naam", naam).put("geboortedatum", geboortedatum);
        if (gemeentecode != null) {
            o.put("gemeentecode", gemeentecode);
        }
        return o.toString();
    }

    ResultActions maak(String token, String json) throws Exception {
        return mvc.perform(post("/api/clienten").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    ResultActions haal(String token, String pad, Object... waarden) throws Exception {
        return mvc.perform(get(pad, waarden).header("Authorization", "Bearer " + token));
    }

    /** {@code POST /api/clienten/zoeken} with a body of the given name, value pairs (a value is a string or a number). */
    ResultActions zoek(String token, Object... paren) throws Exception {
        var mapper = new ObjectMapper();
        var o = mapper.createObjectNode();
        for (int i = 0; i < paren.length; i += 2) {
            o.set((String) paren[i], mapper.valueToTree(paren[i + 1]));
        }
        return mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(o.toString()));
    }

    long maakClient(String token, String bsn, String naam, String gemeente) throws Exception {
        String antwoord = maak(token, json(bsn, naam, "2012-03-04", gemeente)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return new ObjectMapper().readTree(antwoord).get("id").asLong();
    }

    @Test
    void aanmakenLezenEnZoeken() throws Exception {
        String bsn = BsnTest.willekeurig();
        String naam = "Van Aalst-" + Long.toString(System.nanoTime(), 36);
        String antwoord = maak(almere, json(bsn, naam, "2012-03-04", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.bsn").value(bsn))
                .andExpect(jsonPath("$.naam").value(naam))
                .andExpect(jsonPath("$.geboortedatum").value("2012-03-04"))
                .andExpect(jsonPath("$.gemeentecode").value(ALMERE))
                .andExpect(jsonPath("$.versie").value(0))
                .andReturn().getResponse().getContentAsString();
        long id = new ObjectMapper().readTree(antwoord).get("id").asLong();

        haal(almere, "/api/clienten/{id}", id).andExpect(status().isOk()).andExpect(jsonPath("$.bsn").value(bsn));
        zoek(almere, "bsn", bsn).andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten[*].id").value(containsInAnyOrder((int) id)));
        zoek(almere, "naam", naam.substring(0, 12).toUpperCase()).andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten[*].id").value(containsInAnyOrder((int) id)));
        zoek(almere, "naam", naam, "geboortedatum", "2012-03-04").andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten", hasSize(1)));
        zoek(almere, "naam", naam, "geboortedatum", "2012-03-05").andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten", hasSize(0)));
        haal(beide, "/api/clienten/{id}", id).andExpect(status().isOk());

        maak(almere, json(bsn, "Iemand Anders", "2001-01-01", ALMERE))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CLIENT_BESTAAT"));
        // The same person may also be a client of another municipality.
        maakClient(dronten, bsn, naam, DRONTEN);
    }

    @Test
    void ongeldigeClientNoemtElkVeld() throws Exception {
        maak(almere, json("123456789", " ", "2012-02-30", null))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("ONGELDIGE_CLIENT"))
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("bsn", "naam", "geboortedatum")));
        maak(almere, json("000000000", "Naam", "2999-01-01", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].code").value(containsInAnyOrder("ONGELDIG_BSN", "ONGELDIGE_DATUM")));
        maak(almere, "{\"bsn\":\"111222333\",\"naam\":\"Regel\\neinde\",\"geboortedatum\":\"2012-03-04\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].pad").value("naam"));
        maak(almere, "{kapot").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        maak(beide, json(BsnTest.willekeurig(), "Naam", "2012-03-04", null))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].code").value("GEMEENTE_ONTBREEKT"));
    }

    @Test
    void eenConsulentVanAlmereVindtGeenClientVanDronten() throws Exception {
        String bsn = BsnTest.willekeurig();
        String naam = "Zzgeheim-" + Long.toString(System.nanoTime(), 36);
        long vanDronten = maakClient(dronten, bsn, naam, DRONTEN);
        long vanAlmere = maakClient(almere, BsnTest.willekeurig(), "Eigen Client", ALMERE);

        String nietGevonden = haal(almere, "/api/clienten/{id}", vanDronten).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("CLIENT_NIET_GEVONDEN"))
                .andReturn().getResponse().getContentAsString();
        String bestaatNiet = haal(almere, "/api/clienten/{id}", Long.MAX_VALUE).andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(nietGevonden.replace("/" + vanDronten + "\"", "/ID\""))
                .as("another municipality's client looks exactly like no client")
                .isEqualTo(bestaatNiet.replace("/" + Long.MAX_VALUE + "\"", "/ID\""));

        // Guessing ids: every id up to beyond the newest answers 404, except Almere's own.
        for (long id = 1; id <= Math.max(vanDronten, vanAlmere) + 3; id++) {
            int status = haal(almere, "/api/clienten/{id}", id).andReturn().getResponse().getStatus();
            if (id == vanAlmere) {
                assertThat(status).isEqualTo(200);
            } else if (status == 200) {
                String gemeente = new ObjectMapper().readTree(haal(almere, "/api/clienten/{id}", id).andReturn().getResponse()
                        .getContentAsString()).get("gemeentecode").asText();
                assertThat(gemeente).as("client %d", id).isEqualTo(ALMERE);
            } else {
                assertThat(status).as("client %d", id).isEqualTo(404);
            }
        }

        zoek(almere, "bsn", bsn).andExpect(status().isOk()).andExpect(jsonPath("$.clienten", hasSize(0)));
        zoek(almere, "naam", "Zzgeheim").andExpect(status().isOk()).andExpect(jsonPath("$.clienten", hasSize(0)));
        zoek(almere, "naam", "z").andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten[?(@.gemeentecode != '" + ALMERE + "')]").isEmpty());
        zoek(almere, "geboortedatum", "2012-03-04", "grootte", 100).andExpect(status().isOk())
                .andExpect(jsonPath("$.clienten[?(@.gemeentecode != '" + ALMERE + "')]").isEmpty());
        // LIKE wildcards are taken literally, so they do not widen a search either.
        zoek(almere, "naam", "%").andExpect(status().isOk()).andExpect(jsonPath("$.clienten", hasSize(0)));
        zoek(almere, "naam", "_").andExpect(status().isOk()).andExpect(jsonPath("$.clienten", hasSize(0)));

        // Creating in Dronten, or a duplicate of Dronten's BSN there, is refused without telling whether it exists.
        maak(almere, json(bsn, naam, "2012-03-04", DRONTEN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].pad").value("gemeentecode"))
                .andExpect(jsonPath("$.fouten[0].code").value("NIET_UW_GEMEENTE"));
        maak(almere, json(BsnTest.willekeurig(), naam, "2012-03-04", DRONTEN)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("NIET_UW_GEMEENTE"));
        // The same BSN in one's own municipality is a different client: allowed, and it shows only that one.
        long eigen = maakClient(almere, bsn, "Andere Naam", ALMERE);
        zoek(almere, "bsn", bsn).andExpect(jsonPath("$.clienten[*].id").value(containsInAnyOrder((int) eigen)));

        // Dronten still sees its own.
        haal(dronten, "/api/clienten/{id}", vanDronten).andExpect(status().isOk());
        haal(dronten, "/api/clienten/{id}", vanAlmere).andExpect(status().isNotFound());
    }

    @Test
    void eenGebruikerZonderGemeenteZietNiets() throws Exception {
        String bsn = BsnTest.willekeurig();
        long id = maakClient(almere, bsn, "Zichtbaar Voor Almere", ALMERE);
        haal(nergens, "/api/clienten/{id}", id).andExpect(status().isNotFound());
        zoek(nergens, "bsn", bsn).andExpect(status().isOk()).andExpect(jsonPath("$.clienten", hasSize(0)));
        zoek(nergens, "naam", "z").andExpect(jsonPath("$.clienten", hasSize(0)));
        zoek(nergens, "geboortedatum", "2012-03-04").andExpect(jsonPath("$.clienten", hasSize(0)));
        maak(nergens, json(BsnTest.willekeurig(), "Naam", "2012-03-04", null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("GEMEENTE_ONTBREEKT"));
        maak(nergens, json(BsnTest.willekeurig(), "Naam", "2012-03-04", ALMERE)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[0].code").value("NIET_UW_GEMEENTE"));
    }

    @Test
    void alleenConsulentEnBackofficeWerkenMetClienten() throws Exception {
        String auditor = Aanmelding.nieuweGebruiker(mvc, "auditor", "auditor", ALMERE);
        String beleid = Aanmelding.nieuweGebruiker(mvc, "beleid", "beleid", ALMERE);
        for (String token : new String[] {auditor, beleid, Aanmelding.beheerderToken(mvc)}) {
            zoek(token, "naam", "a").andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("GEEN_TOEGANG"));
            maak(token, json(BsnTest.willekeurig(), "Naam", "2012-03-04", ALMERE)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/clienten/1")).andExpect(status().isUnauthorized());
    }

    @Test
    void zoekenVraagtEenCriteriumEnPagineert() throws Exception {
        zoek(almere).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("ZOEKVRAAG_ONTBREEKT"));
        zoek(almere, "bsn", "123456789", "grootte", 101, "pagina", -1, "geboortedatum", "gisteren")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("bsn", "grootte", "pagina", "geboortedatum")));
        String voorvoegsel = "Pagina" + Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < 5; i++) {
            maakClient(almere, BsnTest.willekeurig(), voorvoegsel + " " + i, ALMERE);
        }
        zoek(almere, "naam", voorvoegsel, "grootte", 2).andExpect(jsonPath("$.clienten", hasSize(2)))
                .andExpect(jsonPath("$.clienten[0].naam").value(voorvoegsel + " 0")).andExpect(jsonPath("$.volgende").value(true));
        zoek(almere, "naam", voorvoegsel, "grootte", "2", "pagina", 2).andExpect(jsonPath("$.clienten", hasSize(1)))
                .andExpect(jsonPath("$.clienten[0].naam").value(voorvoegsel + " 4")).andExpect(jsonPath("$.volgende").value(false));
        zoek(almere, "naam", voorvoegsel).andExpect(jsonPath("$.grootte").value(Paginering.STANDAARD));
    }

    @Test
    void zoekenInDeUrlWordtGeweigerd() throws Exception {
        String bsn = BsnTest.willekeurig();
        maakClient(almere, bsn, "In De Url", ALMERE);
        // A BSN or a name in the query string: 400 pointing to the POST, nothing searched.
        for (String url : new String[] {"/api/clienten?bsn=" + bsn, "/api/clienten?naam=In", "/api/clienten?bsn=" + bsn + "&naam=In",
                "/api/clienten?naam=In&pagina=0&grootte=20",
                // The whole GET search is refused, also with only a date of birth (personal data too) or nothing.
                "/api/clienten?geboortedatum=2012-03-04", "/api/clienten"}) {
            String antwoord = mvc.perform(get(url).header("Authorization", "Bearer " + almere))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("ZOEK_MET_POST"))
                    .andExpect(jsonPath("$.detail").value(containsString("POST /api/clienten/zoeken")))
                    .andExpect(jsonPath("$.clienten").doesNotExist())
                    .andReturn().getResponse().getContentAsString();
            assertThat(antwoord).as(url).doesNotContain(bsn).doesNotContain("In De Url");
        }
        // Roles still apply first: others get 403, no token 401.
        haal(Aanmelding.nieuweGebruiker(mvc, "url-auditor", "auditor", ALMERE), "/api/clienten?bsn={b}", bsn)
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/clienten?bsn={b}", bsn)).andExpect(status().isUnauthorized());
    }

    @Test
    void eenKapotteOfLegeZoekvraagIsEen400() throws Exception {
        mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + almere)
                        .contentType(MediaType.APPLICATION_JSON).content("{kapot"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/clienten/zoeken").header("Authorization", "Bearer " + almere)
                        .contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        zoek(almere, "naam", "a", "grootte", "veel").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_AANVRAAG"))
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("grootte")));
        zoek(almere, "naam", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("naam")));
    }

    @Test
    void eenAdresBijHetAanmakenEnWijzigenMetDeVersie() throws Exception {
        String body = "{\"bsn\":\"" + BsnTest.willekeurig() + "\",\"naam\":\"Met Adres\",\"geboortedatum\":\"1960-01-02\","
                + "\"gemeentecode\":\"0034\",\"adres\":{\"straat\":\"Stadhuisplein 1\",\"postcode\":\"1315hr\",\"woonplaats\":\"Almere\"}}";
        String antwoord = maak(almere, body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.adres.postcode").value("1315 HR"))
                .andReturn().getResponse().getContentAsString();
        long id = new ObjectMapper().readTree(antwoord).get("id").asLong();

        String fout = "{\"bsn\":\"" + BsnTest.willekeurig() + "\",\"naam\":\"Half Adres\",\"geboortedatum\":\"1960-01-02\","
                + "\"gemeentecode\":\"0034\",\"adres\":{\"straat\":\"Stadhuisplein 1\",\"postcode\":\"13\"}}";
        maak(almere, fout).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad", containsInAnyOrder("adres.postcode", "adres.woonplaats")))
                .andExpect(jsonPath("$.fouten[*].code", containsInAnyOrder("ONGELDIGE_POSTCODE", "ONGELDIGE_WOONPLAATS")));

        wijzigAdres(almere, id, "{\"straat\":\"Nieuw 2\",\"postcode\":\"1316 AA\",\"woonplaats\":\"Almere\",\"versie\":0}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.adres.straat").value("Nieuw 2"))
                .andExpect(jsonPath("$.versie").value(1));
        // the old version again: someone changed it in between
        wijzigAdres(almere, id, "{\"straat\":\"Ouder 3\",\"postcode\":\"1316 AA\",\"woonplaats\":\"Almere\",\"versie\":0}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("CLIENT_GEWIJZIGD"));
        wijzigAdres(almere, id, "{\"straat\":\"Zonder versie 3\",\"postcode\":\"1316 AA\",\"woonplaats\":\"Almere\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fouten[0].code").value("VERSIE_ONTBREEKT"));
        // another municipality: 404 as for an id that does not exist, and nothing changed
        wijzigAdres(dronten, id, "{\"straat\":\"Gekaapt 1\",\"postcode\":\"8251 AA\",\"woonplaats\":\"Dronten\",\"versie\":1}")
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("CLIENT_NIET_GEVONDEN"));
        haal(almere, "/api/clienten/{id}", id).andExpect(jsonPath("$.adres.straat").value("Nieuw 2"));
        // none: all three null
        wijzigAdres(almere, id, "{\"versie\":1}").andExpect(status().isOk()).andExpect(jsonPath("$.adres").doesNotExist());
    }

    ResultActions wijzigAdres(String token, long id, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/clienten/{id}/adres", id)
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
