package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * POST /api/declaraties as multipart (a 323 and its leveringsspecificatie) against allocations Flevoland municipalities
 * really sent: the region's own rules apply to the specified prestaties, with their bron; the no-shows an approved
 * prestatie declared are stored (V27) and count in the next message, a month later; an unreadable specification is
 * refused with its code, line and column and nothing is stored.
 */
@WebTest
class LeveringsspecificatieApiTest {

    static final String URK = "0184";
    static final String LELYSTAD = "0995";
    static final LocalDate MAART = LocalDate.of(2025, 3, 1);
    static final String KOP = "soort;referentienummer;toewijzingnummer;datum;status;volume;bij_client_thuis;reistijd;"
            + "groep_duur;hulpverleners;aanwezigen;afwezig_vanaf;afwezig_tot_en_met;aandeel_afwezig\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    static String urk;
    static String lelystad;

    @BeforeEach
    void opzet() throws Exception {
        if (urk == null) {
            urk = Aanmelding.nieuweGebruiker(mvc, "urk-spec", "backoffice", URK);
            lelystad = Aanmelding.nieuweGebruiker(mvc, "lelystad-spec", "backoffice", LELYSTAD);
        }
    }

    ResultActions stuur(String token, byte[] xml, String csv) throws Exception {
        var verzoek = multipart("/api/declaraties").file(new MockMultipartFile("declaratie", "d.xml", "application/xml", xml));
        if (csv != null) {
            verzoek.file(new MockMultipartFile("specificatie", "d.csv", "text/csv", (KOP + csv).getBytes(StandardCharsets.UTF_8)));
        }
        return mvc.perform(verzoek.header("Authorization", "Bearer " + token));
    }

    JsonNode prestaties(String token, long id) throws Exception {
        return Besluiten.json(mvc.perform(get("/api/declaraties/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())).get("prestaties");
    }

    /** The unit's size of one appointment: an hour in minutes when the allocation is in minutes. */
    static long uur(Declaraties.Toewijzing t) {
        return t.product().omvang().eenheid().equals("01") ? 60 : 1;
    }

    /** Flevoland 002:631-633 (no no-show on a group product, 45F02) and 002:639-643 (group time), and a valid line. */
    @Test
    void deRegelsVanDeRegioMetHunBron() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        long u = uur(t);
        GedeclareerdePrestatie noShow = t.prestatie(Declaraties.uniek("R"), MAART, u);
        GedeclareerdePrestatie groep = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), u);
        GedeclareerdePrestatie goed = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(2), u);
        String csv = "AFSPRAAK;" + noShow.referentieNummer() + ";" + t.nummer() + ";2025-03-04;NO_SHOW;" + u + ";;;;;;;;\n"
                // one hour with one hulpverlener and two clients present: half an hour each, not an hour
                + "AFSPRAAK;" + groep.referentieNummer() + ";" + t.nummer() + ";2025-04-01;GELEVERD;" + u + ";;;" + u + ";1;2;;;\n"
                + "AFSPRAAK;" + goed.referentieNummer() + ";" + t.nummer() + ";2025-05-06;GELEVERD;" + u + ";;;;;;;;\n";
        JsonNode d = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(noShow, groep, goed)),
                csv).andExpect(status().isCreated()));
        assertThat(d.get("afgekeurd").asInt()).isEqualTo(2);
        JsonNode p = prestaties(urk, d.get("id").asLong());
        assertThat(p.get(0).get("regels").toString()).containsOnlyOnce("\"regeling:declaratieregels\"");
        assertThat(p.get(0).get("retourcodes").toString()).contains("0001");
        assertThat(p.get(0).get("redenen").toString()).contains("No-show op 04-03-2025 is bij dit product niet declarabel")
                .contains("(002:631-633, 663-665)");
        assertThat(p.get(1).get("redenen").toString()).contains("Groep op 01-04-2025").contains("(002:639-643, 671-675)")
                .contains("Onduidelijk: ");
        assertThat(p.get(2).get("goedgekeurd").asBoolean()).isTrue();
    }

    /**
     * Flevoland 002:631-635: at most 3 no-shows per calendar year per product per client. Three in March are approved and
     * stored with the prestatie (V27); the 4th, in April's message, is refused: the count came from the database.
     */
    @Test
    void noShowsVanEerdereMaandenTellenMee() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, lelystad, LELYSTAD,
                Besluiten.voorbeeld("002-lelystad-basis-begeleiding.json")
                        .replace("\"financiering\": \"ZIN\",", "\"financiering\": \"ZIN\", \"aanbieder\": \"" + Besluiten.AGB + "\","));
        long u = uur(t);
        GedeclareerdePrestatie maart = t.prestatie(Declaraties.uniek("R"), MAART, 3 * u);
        StringBuilder csv = new StringBuilder();
        for (String dag : List.of("04", "11", "18")) {
            csv.append("AFSPRAAK;").append(maart.referentieNummer()).append(';').append(t.nummer()).append(";2025-03-")
                    .append(dag).append(";NO_SHOW;").append(u).append(";;;;;;;;\n");
        }
        JsonNode eerste = Besluiten.json(stuur(lelystad, Declaraties.bericht(LELYSTAD, Declaraties.uniek("D"), List.of(maart)),
                csv.toString()).andExpect(status().isCreated()));
        assertThat(eerste.get("afgekeurd").asInt()).as(prestaties(lelystad, eerste.get("id").asLong()).toString()).isZero();
        assertThat(jdbc.sql("select no_shows from declaratieprestatie where declaratie_id = ?").params(eerste.get("id").asLong())
                .query(String.class).single()).isEqualTo("2025:3");

        GedeclareerdePrestatie april = t.prestatie(Declaraties.uniek("R"), MAART.plusMonths(1), u);
        JsonNode tweede = Besluiten.json(stuur(lelystad, Declaraties.bericht(LELYSTAD, Declaraties.uniek("D"), List.of(april)),
                "AFSPRAAK;" + april.referentieNummer() + ";" + t.nummer() + ";2025-04-01;NO_SHOW;" + u + ";;;;;;;;\n")
                .andExpect(status().isCreated()));
        assertThat(tweede.get("afgekeurd").asInt()).isEqualTo(1);
        assertThat(prestaties(lelystad, tweede.get("id").asLong()).get(0).get("redenen").toString())
                .contains("in 2025 zijn al 3 no-shows voor dit product gedeclareerd").contains("(002:631-635, 663-667)");
    }

    /** Without a specification part the multipart form is the 323 alone: the iStandaarden rules only. */
    @Test
    void zonderSpecificatieAlleenDeStandaard() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        GedeclareerdePrestatie p = t.prestatie(Declaraties.uniek("R"), MAART, uur(t));
        JsonNode d = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(p)), null)
                .andExpect(status().isCreated()));
        assertThat(d.get("afgekeurd").asInt()).isZero();
    }

    @Test
    void eenOnleesbareSpecificatieWordtGeweigerdEnErWordtNietsBewaard() throws Exception {
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, urk, URK);
        GedeclareerdePrestatie p = t.prestatie(Declaraties.uniek("R"), MAART, uur(t));
        long voor = jdbc.sql("select count(*) from declaratie").query(Long.class).single();
        JsonNode fout = Besluiten.json(stuur(urk, Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(p)),
                "AFSPRAAK;" + p.referentieNummer() + ";" + t.nummer() + ";04-03-2025;NO_SHOW;60;;;;;;;;\n")
                .andExpect(status().isUnprocessableContent()));
        assertThat(fout.get("code").asText()).isEqualTo("SPECIFICATIE_WAARDE");
        assertThat(fout.get("regel").asInt()).isEqualTo(2);
        assertThat(fout.get("kolom").asText()).isEqualTo("datum");
        assertThat(fout.get("detail").asText()).startsWith("regel 2, kolom datum: een datum als 2026-03-31");
        assertThat(jdbc.sql("select count(*) from declaratie").query(Long.class).single()).isEqualTo(voor);
    }
}
