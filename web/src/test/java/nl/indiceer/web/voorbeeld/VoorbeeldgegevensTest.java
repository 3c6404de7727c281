package nl.indiceer.web.voorbeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.berichten.Besluiten;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example data (issue 12): an empty installation started with {@code indiceer.voorbeeldgegevens.clienten=30} and
 * the default seed (20261202) has the figures that seed gives: 30 clients in 3 municipalities (10 each: no small
 * cells), 30 decisions, 28 301s in the outbox (2 decisions of GGZ zwaar in Venlo are a plek without volume, which a
 * 301 cannot carry: CD041), every 323 answered with its 325, 2 lines rejected (the over-declared first months of the
 * 1st and 11th declared allocation), and realised cost on /api/sturing for each municipality. The 2025 amounts are
 * pinned: they do not depend on today (every allocation's 2025 months are declared by now). A second start against a
 * database with clients changes nothing.
 */
@WebTest
@TestPropertySource(properties = {"indiceer.test.eigen-database=voorbeeld", "indiceer.voorbeeldgegevens.clienten=30",
        "indiceer.voorbeeldgegevens.sjablonen=${indiceer.root}/docs/voorbeelden"})
class VoorbeeldgegevensTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Voorbeeldgegevens voorbeeld;

    long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    Map<String, Long> tellingen() {
        return Map.of(
                "clienten", tel("select count(*) from client"),
                "beschikkingen", tel("select count(*) from beschikking"),
                "301", tel("select count(*) from uitgaand_bericht where soort like '%301' and status = 'VERZONDEN'"),
                "declaraties", tel("select count(*) from declaratie"),
                "beantwoord", tel("select count(*) from declaratie where status = 'BEANTWOORD'"),
                "afgekeurdeRegels", tel("select coalesce(sum(afgekeurd), 0) from declaratie"),
                "325", tel("select count(*) from uitgaand_bericht where soort like '%325'"),
                "audit", tel("select count(*) from auditregel"));
    }

    @Test
    void hetZaadGeeftDezeCijfers() {
        Map<String, Long> t = tellingen();
        assertThat(t.get("clienten")).isEqualTo(30);
        assertThat(jdbc.sql("select gemeentecode, count(*) from client group by gemeentecode order by 1")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list())
                .containsExactly("0889=10", "0983=10", "0984=10");
        assertThat(t.get("beschikkingen")).isEqualTo(30);
        assertThat(t.get("301")).isEqualTo(28);
        assertThat(jdbc.sql("select reden from bericht_reden").query(String.class).list())
                .hasSize(2).allMatch(r -> r.contains("CD041"));
        assertThat(t.get("declaraties")).isPositive();
        assertThat(t.get("beantwoord")).isEqualTo(t.get("declaraties"));
        assertThat(t.get("325")).isEqualTo(t.get("declaraties"));
        assertThat(t.get("afgekeurdeRegels")).isEqualTo(2);
        // the system user did it all, and the trail says so
        assertThat(tel("select count(*) from auditregel where gebruiker = 'voorbeeldgegevens'")).isPositive();
        assertThat(tel("select count(*) from aanvraag where consulent <> 'voorbeeldgegevens'")).isZero();
    }

    @Test
    void deAfgekeurdeRegelsZijnDeBewustTeHogeEersteMaanden() {
        // each rejected prestatie is the first month of its allocation, rejected for exceeding the allocation
        List<String> afgekeurd = jdbc.sql("""
                        select p.codes, case when p.begindatum = (select min(q.begindatum) from declaratieprestatie q
                            where q.toewijzingnummer = p.toewijzingnummer and q.gemeentecode = p.gemeentecode)
                            then 'eerste' else 'later' end as maand
                        from declaratieprestatie p where p.goedgekeurd = false""")
                .query((rs, i) -> rs.getString("maand") + " " + rs.getString("codes")).list();
        assertThat(afgekeurd).hasSize(2).allMatch(a -> a.startsWith("eerste ") && a.contains("TR32"));
        assertThat(tel("select count(*) from declaratieprestatie where goedgekeurd = true")).isPositive();
    }

    @Test
    void sturingToontGerealiseerdeKostenPerGemeente() throws Exception {
        String beleid = Aanmelding.nieuweGebruiker(mvc, "vb-beleid", "beleid", "0889", "0983", "0984");
        Map<String, BigDecimal> gerealiseerd = new java.util.TreeMap<>();
        for (String g : List.of("0889", "0983", "0984")) {
            JsonNode r = Besluiten.json(mvc.perform(get("/api/sturing/rapport?gemeente=" + g + "&van=2025-01&tot=2025-12")
                    .header("Authorization", "Bearer " + beleid)).andExpect(status().isOk()));
            JsonNode totaal = r.get("gerealiseerd").get("totaal");
            assertThat(totaal.get("onderdrukt").asBoolean()).isFalse();
            assertThat(totaal.get("clienten").asInt()).isEqualTo(10);
            gerealiseerd.put(g, totaal.get("gerealiseerd").decimalValue().setScale(2));
        }
        assertThat(gerealiseerd.values()).allMatch(b -> b.signum() > 0);
        assertThat(gerealiseerd).isEqualTo(Map.of("0889", new BigDecimal("10545.48"), "0983", new BigDecimal("9267.24"),
                "0984", new BigDecimal("15818.22")));
    }

    @Test
    void nietsAlsErAlClientenZijn() {
        Map<String, Long> voor = tellingen();
        assertThat(voor.get("clienten")).isPositive();
        voorbeeld.bijStart();
        assertThat(tellingen()).isEqualTo(voor);
    }
}
