package nl.indiceer.web.voorbeeld;

import static org.assertj.core.api.Assertions.assertThat;

import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A template the application cannot decide as it stands (001-respijtzorg-3-jaar asks for more than a plain grant:
 * BesluitOnvolledig) leaves nothing behind: no client without its request and decision, nothing half stored.
 */
@WebTest
@TestPropertySource(properties = {"indiceer.test.eigen-database=voorbeeld-onbesluitbaar",
        "indiceer.voorbeeldgegevens.clienten=10",
        "indiceer.voorbeeldgegevens.sjablonen=${indiceer.root}/docs/voorbeelden",
        "indiceer.voorbeeldgegevens.aanvragen=001-respijtzorg-3-jaar.json,001-pxq-maatwerk-totaal.json"})
class VoorbeeldgegevensOnbesluitbaarTest {

    @Autowired
    JdbcClient jdbc;

    long tel(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void eenSjabloonDatNietTeBeslissenIsLaatNietsAchter() {
        long clienten = tel("select count(*) from client");
        // some of the 10 drew the respijtzorg template and were rolled back whole
        assertThat(clienten).isBetween(1L, 9L);
        assertThat(tel("select count(*) from aanvraag")).isEqualTo(clienten);
        assertThat(tel("select count(*) from beschikking")).isEqualTo(clienten);
        assertThat(tel("select count(*) from client c where not exists (select 1 from beschikking b where b.client_id = c.id)"))
                .isZero();
    }
}
