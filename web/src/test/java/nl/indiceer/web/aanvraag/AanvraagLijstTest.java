package nl.indiceer.web.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists: newest first over several municipalities, filters, keyset paging with the cursor, the client's page,
 * no personal data in a line, and bad filters as 400 with the parameter's name. Horst aan de Maas and Peel en Maas
 * are used by this test only, so the lists hold exactly what it made.
 */
@WebTest
class AanvraagLijstTest {

    static final String HORST = "1507";
    static final String PEEL = "1894";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    /** The ids of every page of a list, following {@code volgende}; checks each page's size. */
    private List<Long> alle(Verzoeken api, String token, String url, int grootte) throws Exception {
        List<Long> ids = new ArrayList<>();
        String na = null;
        do {
            String pad = url + (url.contains("?") ? "&" : "?") + "grootte=" + grootte + (na == null ? "" : "&na=" + na);
            JsonNode pagina = Verzoeken.json(api.haal(token, pad).andExpect(status().isOk()));
            assertThat(pagina.get("grootte").asInt()).isEqualTo(grootte);
            JsonNode regels = pagina.get("aanvragen");
            na = pagina.get("volgende").isNull() ? null : pagina.get("volgende").asText();
            assertThat(regels.size()).isLessThanOrEqualTo(grootte);
            if (na != null) {
                assertThat(regels.size()).isEqualTo(grootte);
            }
            for (JsonNode r : regels) {
                ids.add(r.get("id").asLong());
            }
        } while (na != null);
        return ids;
    }

    @Test
    void nieuwsteEerstGefilterdEnGebladerdMetDeCursor() throws Exception {
        Verzoeken api = new Verzoeken(mvc);
        String a = Aanmelding.nieuweGebruiker(mvc, "horst-a", "consulent", HORST);
        String b = Aanmelding.nieuweGebruiker(mvc, "horst-b", "consulent", HORST);
        String c = Aanmelding.nieuweGebruiker(mvc, "beide-c", "backoffice", HORST, PEEL);
        String invoer = Verzoeken.voorbeeld("001-logeren-30-uur.json");
        long horst = api.client(a, HORST);
        long peel = api.client(c, PEEL);

        // made in this order, interleaving the municipalities; odd ones of a handed in
        String[][] plan = {{"a", "CONCEPT"}, {"c", "CONCEPT"}, {"a", "INGEDIEND"}, {"b", "CONCEPT"}, {"c", "INGEDIEND"},
                {"a", "CONCEPT"}, {"a", "INGEDIEND"}, {"c", "CONCEPT"}, {"b", "CONCEPT"}, {"a", "CONCEPT"}};
        Map<String, String> tokens = Map.of("a", a, "b", b, "c", c);
        List<Long> gemaakt = new ArrayList<>();
        List<String> wie = new ArrayList<>();
        List<String> status = new ArrayList<>();
        for (String[] p : plan) {
            gemaakt.add(api.aanvraag(tokens.get(p[0]), p[0].equals("c") ? peel : horst, invoer, p[1]));
            wie.add(p[0]);
            status.add(p[1]);
        }
        List<Long> nieuwsteEerst = new ArrayList<>(gemaakt);
        java.util.Collections.reverse(nieuwsteEerst);

        // c works for both: everything, merged newest first, in pages of 3 (and one page of 100)
        assertThat(alle(api, c, "/api/aanvragen", 3)).isEqualTo(nieuwsteEerst);
        assertThat(alle(api, c, "/api/aanvragen", 100)).isEqualTo(nieuwsteEerst);
        assertThat(alle(api, c, "/api/aanvragen", 1)).isEqualTo(nieuwsteEerst);
        // a, only Horst
        assertThat(alle(api, a, "/api/aanvragen", 4)).isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> !w[0].equals("c")));
        assertThat(alle(api, c, "/api/aanvragen?gemeente=" + PEEL, 2))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> w[0].equals("c")));
        assertThat(alle(api, c, "/api/aanvragen?consulent=" + Aanmelding.naamVan(a), 2))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> w[0].equals("a")));
        assertThat(alle(api, c, "/api/aanvragen?status=ingediend", 2))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> w[1].equals("INGEDIEND")));
        assertThat(alle(api, c, "/api/aanvragen?status=CONCEPT&consulent=" + Aanmelding.naamVan(a) + "&gemeente=" + HORST, 2))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> w[0].equals("a") && w[1].equals("CONCEPT")));
        assertThat(alle(api, c, "/api/aanvragen?consulent=" + Aanmelding.naamVan(b) + "&gemeente=" + PEEL, 2)).isEmpty();

        // the client's page
        assertThat(alle(api, a, "/api/clienten/" + horst + "/aanvragen", 4))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> !w[0].equals("c")));
        assertThat(alle(api, c, "/api/clienten/" + peel + "/aanvragen", 20))
                .isEqualTo(filter(nieuwsteEerst, gemaakt, wie, status, w -> w[0].equals("c")));
        api.haal(a, "/api/clienten/{id}/aanvragen", peel).andExpect(status().isNotFound());

        // saving the oldest moves it to the top
        long oudste = gemaakt.get(0);
        api.wijzig(b, oudste, Verzoeken.wijziging(0, invoer, null)).andExpect(status().isOk());
        List<Long> daarna = new ArrayList<>(nieuwsteEerst);
        daarna.remove(oudste);
        daarna.add(0, oudste);
        assertThat(alle(api, c, "/api/aanvragen", 3)).isEqualTo(daarna);

        // a line: what a list needs, no input, no result, no personal data
        JsonNode regel = Verzoeken.json(api.haal(c, "/api/aanvragen?grootte=1")).get("aanvragen").get(0);
        List<String> velden = new ArrayList<>();
        for (Iterator<String> i = regel.fieldNames(); i.hasNext(); ) {
            velden.add(i.next());
        }
        assertThat(velden).containsExactlyInAnyOrder("id", "clientId", "gemeentecode", "status", "consulent", "gewijzigdDoor",
                "gewijzigd", "versie", "samenvatting");
        assertThat(regel.get("id").asLong()).isEqualTo(oudste);
        assertThat(regel.get("gewijzigdDoor").asText()).isEqualTo(Aanmelding.naamVan(b));
        assertThat(regel.get("consulent").asText()).isEqualTo(Aanmelding.naamVan(a));
        assertThat(regel.at("/samenvatting/berekend").asBoolean()).isTrue();
        assertThat(regel.at("/samenvatting/kostenTotaalCent").asLong()).isEqualTo(290058);

        // each list is audited with its number of lines
        assertThat(jdbc.sql("""
                        select aantal from auditregel where actie = 'AANVRAAG_LIJST' and object_type = 'client' and object_id = ?
                        order by id""").param(peel).query(Integer.class).list()).containsExactly(3);
    }

    private static List<Long> filter(List<Long> nieuwsteEerst, List<Long> gemaakt, List<String> wie, List<String> status,
                                     java.util.function.Predicate<String[]> houd) {
        List<Long> uit = new ArrayList<>();
        for (Long id : nieuwsteEerst) {
            int i = gemaakt.indexOf(id);
            if (houd.test(new String[] {wie.get(i), status.get(i)})) {
                uit.add(id);
            }
        }
        return uit;
    }

    @Test
    void ongeldigeFiltersNoemenDeParameter() throws Exception {
        Verzoeken api = new Verzoeken(mvc);
        String a = Aanmelding.nieuweGebruiker(mvc, "horst-fout", "consulent", HORST);
        api.haal(a, "/api/aanvragen?status=KLAAR&gemeente=12&consulent=X!&grootte=0&na=kapot&bsn=123456782")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("ONGELDIGE_ZOEKVRAAG"))
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("status", "gemeente", "consulent", "grootte", "na", "bsn")));
        for (String vraag : new String[] {"grootte=101", "grootte=veel", "grootte=-1", "status=", "gemeente=00340",
                "na=" + new Cursor(java.time.OffsetDateTime.now(), 1).tekst() + "x", "na=MTIzOmFiYw", "status=CONCEPT&status=INGEDIEND"}) {
            int s = api.haal(a, "/api/aanvragen?" + vraag).andReturn().getResponse().getStatus();
            assertThat(s).as(vraag).isEqualTo(vraag.equals("status=") ? 200 : 400);
        }
        long client = api.client(a, HORST);
        api.haal(a, "/api/clienten/{id}/aanvragen?grootte=0&status=CONCEPT", client).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fouten[*].pad").value(containsInAnyOrder("grootte", "status")));
        // a cursor made up by hand is only a position: it shows nothing outside one's municipalities
        api.haal(a, "/api/aanvragen?na=" + new Cursor(java.time.OffsetDateTime.now().plusYears(1), Long.MAX_VALUE).tekst())
                .andExpect(status().isOk()).andExpect(jsonPath("$.aanvragen[?(@.gemeentecode != '" + HORST + "')]").isEmpty());
    }
}
