package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.indiceer.web.client.ClientOpslag.Zoekopdracht;
import nl.indiceer.web.client.ClientOpslag.Zoekvraag;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finding a client stays quick with many clients (issue 7: p99 under 50 ms at 1 000 000, measured by
 * bench/miljoen-meten.sh). What makes it quick is the database's plan, and that is what this test guards, on a real
 * PostgreSQL with many rows ({@code -Dindiceer.clienten.aantal}, default 200 000): the first page of a name search
 * reads an index in the page's order and stops after the page (no sort of every name with that prefix: that was
 * p99 97-238 ms before migration V7), and a BSN search goes straight to its row. Durations are not asserted.
 */
class ClientZoekPlanTest {

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;

    @BeforeAll
    static void vul() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        DataSource bron = Databank.migreer(postgres.getPostgresDatabase());
        jdbc = JdbcClient.create(bron);
        int aantal = Integer.getInteger("indiceer.clienten.aantal", 200_000);
        // names as the generator of bench/miljoen-gegevens.sql makes them: common first names, so that a prefix such
        // as "mar" matches tens of thousands of clients over four municipalities
        jdbc.sql("""
                insert into client (bsn, naam, naam_zoek, geboortedatum, gemeentecode)
                select lpad(g::text, 9, '0'), n, lower(n), date '1940-01-01' + (g % 30000),
                    (array['0034', '0303', '0995', '0184'])[1 + g % 4]
                from (select g, (array['Maria', 'Mark', 'Marloes', 'Jan', 'Johan', 'Anna', 'Pieter', 'Sophie', 'Daan',
                        'Emma'])[1 + (g / 7) % 10] || ' ' || (array['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit'])[1 + g % 5]
                        || ' ' || g as n
                      from generate_series(1, :aantal) g) namen""").param("aantal", aantal).update();
        jdbc.sql("analyze client").update();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void deEerstePaginaVanEenNaamzoekvraagLeestAlleenZichzelf() {
        for (Set<String> gemeenten : List.of(Set.of("0034"), Set.of("0034", "0303", "0995"))) {
            for (String begin : List.of("mar", "Maria J", "emma smit 1")) {
                String plan = plan(new Zoekvraag(null, begin, null), gemeenten);
                String wat = begin + " " + gemeenten + ":\n" + plan;
                assertThat(plan).as(wat).doesNotContain("Seq Scan").doesNotContain("Sort").doesNotContain("Bitmap")
                        .containsAnyOf("client_gemeente_naam", "client_naam");
                // read in order and stopped at the page: at most one page and the row that says "there is more"
                assertThat(gelezenRijen(plan)).as(wat).isLessThanOrEqualTo(21);
            }
        }
        // the search finds what it should (the plan of nothing would be quick too)
        assertThat(new ClientOpslag(jdbc).zoek(new Zoekvraag(null, "mar", null), Set.of("0034"), 0, 21))
                .hasSize(21).allSatisfy(c -> assertThat(c.naam()).startsWithIgnoringCase("mar"));
    }

    @Test
    void eenBsnZoekvraagGaatRechtstreeksNaarDeRij() {
        for (Set<String> gemeenten : List.of(Set.of("0034"), Set.of("0034", "0303", "0995"))) {
            for (Zoekvraag vraag : List.of(new Zoekvraag("000001000", null, null),
                    new Zoekvraag("000001000", "emma", LocalDate.of(1942, 9, 27)))) {
                String plan = plan(vraag, gemeenten);
                assertThat(plan).as(vraag + " " + gemeenten + ":\n" + plan).doesNotContain("Seq Scan")
                        .contains("client_bsn_per_gemeente");
            }
        }
    }

    private static String plan(Zoekvraag vraag, Set<String> gemeenten) {
        Zoekopdracht opdracht = ClientOpslag.zoekopdracht(vraag, gemeenten, 0, 21);
        return String.join("\n", jdbc.sql("explain (analyze, costs off) " + opdracht.sql())
                .params(opdracht.parameters()).query(String.class).list());
    }

    /** The rows the first node under the Limit produced ("actual ... rows=N"): what the database read for the page. */
    private static long gelezenRijen(String plan) {
        return plan.lines().filter(r -> r.contains("Index Scan") && r.contains("rows="))
                .mapToLong(r -> Long.parseLong(r.replaceAll(".*rows=(\\d+).*", "$1"))).max().orElseThrow();
    }
}
