package nl.indiceer.web.aanvraag;

import nl.indiceer.web.opslag.OpBeideDatabanken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.regeling.RegelingVersie;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Berekening;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Filter;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Lijstregel;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The aanvraag table (migration V6) and its SQL on a real PostgreSQL and on H2 in PostgreSQL mode: storing, the
 * scoping in every query, the optimistic lock, the constraints, the list's order and cursor; and on PostgreSQL with
 * many rows, that the first page of every list reads only its rows from an index (no scan of the table, no sort).
 */
class AanvraagOpslagTest extends OpBeideDatabanken {


    static final RegelingVersie VERSIE = new RegelingVersie("noord-limburg", LocalDate.of(2023, 1, 1), "ab".repeat(32));
    static final Berekening BEREKEND = new Berekening(VERSIE, "{\"regio\": \"noord-limburg\"}", List.of(),
            new Samenvatting(true, 290058L, 0, 2));
    static final Berekening NIET = Berekening.niet(List.of(new Invoerfout("producten[0].posten[0].uren", "TE_KLEIN", "moet groter dan 0 zijn"),
            new Invoerfout("$", "GEEN_OBJECT", "een \"object\"")));

    @ParameterizedTest
    @MethodSource("databanken")
    void opslaanLezenWijzigenBinnenDeEigenGemeenten(Databron bron) {
        JdbcClient jdbc = JdbcClient.create(bron.open());
        ClientOpslag clienten = new ClientOpslag(jdbc);
        AanvraagOpslag opslag = new AanvraagOpslag(jdbc);
        long almere = clienten.voegToe(Verzoeken.bsn(), "A", LocalDate.of(2010, 1, 1), "0034");
        long dronten = clienten.voegToe(Verzoeken.bsn(), "D", LocalDate.of(2010, 1, 1), "0303");
        Set<String> mijn = Set.of("0034", "0184");

        assertThat(opslag.gemeenteVanClient(almere, mijn)).hasValue("0034");
        assertThat(opslag.gemeenteVanClient(dronten, mijn)).isEmpty();
        assertThat(opslag.gemeenteVanClient(almere, Set.of())).isEmpty();

        long concept = opslag.voegToe(almere, "0034", Aanvraagstatus.CONCEPT, "piet", "{\"regio\": 1.50}", NIET);
        assertThat(opslag.metId(concept, mijn)).hasValueSatisfying(a -> {
            assertThat(a.clientId()).isEqualTo(almere);
            assertThat(a.invoer()).isEqualTo("{\"regio\": 1.50}");
            assertThat(a.regeling()).isNull();
            assertThat(a.resultaat()).isNull();
            assertThat(a.fouten()).isEqualTo(NIET.fouten());
            assertThat(a.samenvatting()).isEqualTo(Samenvatting.NIET_BEREKEND);
            assertThat(a.consulent()).isEqualTo("piet");
            assertThat(a.gewijzigdDoor()).isEqualTo("piet");
            assertThat(a.versie()).isZero();
            assertThat(a.gewijzigd()).isEqualTo(a.aangemaakt());
            assertThat(a.toString()).doesNotContain("regio");
        });
        assertThat(opslag.metId(concept, Set.of("0303"))).isEmpty();
        assertThat(opslag.metId(concept, Set.of())).isEmpty();

        // the optimistic lock: only from the stored version, only within one's municipalities
        assertThat(opslag.wijzig(concept, 0, Set.of("0303"), Aanvraagstatus.INGEDIEND, "jan", "{}", BEREKEND)).isFalse();
        assertThat(opslag.wijzig(concept, 1, mijn, Aanvraagstatus.INGEDIEND, "jan", "{}", BEREKEND)).isFalse();
        assertThat(opslag.wijzig(concept, 0, mijn, Aanvraagstatus.INGEDIEND, "jan", "{\"b\": 2}", BEREKEND)).isTrue();
        assertThat(opslag.wijzig(concept, 0, mijn, Aanvraagstatus.CONCEPT, "kees", "{\"c\": 3}", NIET)).isFalse();
        assertThat(opslag.metId(concept, mijn)).hasValueSatisfying(a -> {
            assertThat(a.status()).isEqualTo(Aanvraagstatus.INGEDIEND);
            assertThat(a.invoer()).isEqualTo("{\"b\": 2}");
            assertThat(a.regeling()).isEqualTo(VERSIE);
            assertThat(a.resultaat()).isEqualTo(BEREKEND.resultaat());
            assertThat(a.fouten()).isEmpty();
            assertThat(a.samenvatting()).isEqualTo(BEREKEND.samenvatting());
            assertThat(a.consulent()).isEqualTo("piet");
            assertThat(a.gewijzigdDoor()).isEqualTo("jan");
            assertThat(a.versie()).isEqualTo(1);
            assertThat(a.gewijzigd()).isAfterOrEqualTo(a.aangemaakt());
        });
        // and back to a draft that the engine refused: the result and rulebook go, the problems come
        assertThat(opslag.wijzig(concept, 1, mijn, Aanvraagstatus.CONCEPT, "kees", "{}", NIET)).isTrue();
        assertThat(opslag.metId(concept, mijn).orElseThrow().regeling()).isNull();

        // what the database itself refuses
        assertThatThrownBy(() -> opslag.voegToe(almere, "0303", Aanvraagstatus.CONCEPT, "piet", "{}", NIET))
                .as("the municipality is the client's").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> opslag.voegToe(almere, "0034", Aanvraagstatus.INGEDIEND, "piet", "{}", NIET))
                .as("handed in needs a result").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> opslag.voegToe(Long.MAX_VALUE, "0034", Aanvraagstatus.CONCEPT, "piet", "{}", NIET))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> opslag.voegToe(almere, "0034", Aanvraagstatus.CONCEPT, "piet",
                "{\"a\": \"" + "x".repeat(AanvraagDienst.MAXIMALE_INVOER) + "\"}", NIET))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update aanvraag set status = 'BESLOTEN' where id = ?").param(concept).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        // the largest input fits
        String grootste = "{\"a\": \"" + "x".repeat(AanvraagDienst.MAXIMALE_INVOER - 9) + "\"}";
        long groot = opslag.voegToe(almere, "0034", Aanvraagstatus.CONCEPT, "piet", grootste, NIET);
        assertThat(opslag.metId(groot, mijn).orElseThrow().invoer()).isEqualTo(grootste);
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void deLijstIsNieuwsteEersteOverDeGemeentenHeenMetDeCursor(Databron bron) {
        JdbcClient jdbc = JdbcClient.create(bron.open());
        ClientOpslag clienten = new ClientOpslag(jdbc);
        AanvraagOpslag opslag = new AanvraagOpslag(jdbc);
        // municipalities of this test only, so the lists hold only its rows
        long venlo = clienten.voegToe(Verzoeken.bsn(), "V", LocalDate.of(2010, 1, 1), "0983");
        long venray = clienten.voegToe(Verzoeken.bsn(), "R", LocalDate.of(2010, 1, 1), "0984");
        String naam = "lijst-" + System.nanoTime();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            ids.add(opslag.voegToe(i % 3 == 0 ? venray : venlo, i % 3 == 0 ? "0984" : "0983",
                    i % 2 == 0 ? Aanvraagstatus.CONCEPT : Aanvraagstatus.INGEDIEND, i < 5 ? naam : naam + "-b", "{}",
                    i % 2 == 0 ? NIET : BEREKEND));
        }
        // rows written within the same microsecond: the id decides among them
        jdbc.sql("update aanvraag set gewijzigd = (select min(gewijzigd) from aanvraag where id in (:ids)) where id in (:ids)")
                .param("ids", ids.subList(3, 6)).update();
        List<Long> nieuwsteEerst = new ArrayList<>(ids);
        java.util.Collections.reverse(nieuwsteEerst);
        nieuwsteEerst.removeAll(ids.subList(3, 6));
        // rows 3 to 5 now share the earliest moment: after every other row but 0, 1 and 2 (earlier ids, earlier moments)
        List<Long> verwacht = new ArrayList<>(nieuwsteEerst.subList(0, nieuwsteEerst.size() - 3));
        verwacht.addAll(List.of(ids.get(5), ids.get(4), ids.get(3)));
        verwacht.addAll(nieuwsteEerst.subList(nieuwsteEerst.size() - 3, nieuwsteEerst.size()));

        for (Set<String> gemeenten : List.of(Set.of("0983", "0984"), Set.of("0983", "0984", "0171"))) {
            assertThat(bladeren(opslag, Filter.GEEN, gemeenten, 2)).isEqualTo(verwacht);
            assertThat(bladeren(opslag, Filter.GEEN, gemeenten, 100)).isEqualTo(verwacht);
        }
        assertThat(bladeren(opslag, new Filter(null, "0984", null, null), Set.of("0983", "0984"), 1))
                .isEqualTo(verwacht.stream().filter(id -> ids.indexOf(id) % 3 == 0).toList());
        assertThat(bladeren(opslag, new Filter(Aanvraagstatus.INGEDIEND, null, naam, null), Set.of("0983", "0984"), 1))
                .isEqualTo(verwacht.stream().filter(id -> ids.indexOf(id) % 2 == 1 && ids.indexOf(id) < 5).toList());
        assertThat(bladeren(opslag, new Filter(null, null, null, venray), Set.of("0983", "0984"), 2))
                .isEqualTo(verwacht.stream().filter(id -> ids.indexOf(id) % 3 == 0).toList());
        assertThat(bladeren(opslag, Filter.GEEN, Set.of("0983"), 3))
                .isEqualTo(verwacht.stream().filter(id -> ids.indexOf(id) % 3 != 0).toList());
        assertThat(bladeren(opslag, new Filter(null, "0984", null, null), Set.of("0983"), 3)).isEmpty();
        assertThat(opslag.lijst(Filter.GEEN, Set.of(), null, 10)).isEmpty();
        // more municipalities than are queried apart: one query with in (...), the same answer
        List<String> veel = new ArrayList<>(List.of("0983", "0984"));
        for (int i = 0; i < AanvraagOpslag.MAX_GEMEENTEN_APART; i++) {
            veel.add(String.format("9%03d", i));
        }
        assertThat(bladeren(opslag, Filter.GEEN, Set.copyOf(veel), 4)).isEqualTo(verwacht);
    }

    private static List<Long> bladeren(AanvraagOpslag opslag, Filter filter, Set<String> gemeenten, int grootte) {
        List<Long> ids = new ArrayList<>();
        Cursor na = null;
        while (true) {
            List<Lijstregel> pagina = opslag.lijst(filter, gemeenten, na, grootte);
            pagina.forEach(r -> ids.add(r.id()));
            if (pagina.size() < grootte) {
                return ids;
            }
            Lijstregel laatste = pagina.get(pagina.size() - 1);
            // through the text, as a caller passes it on
            na = Cursor.van(Cursor.na(laatste.gewijzigd(), laatste.id()).tekst()).orElseThrow();
        }
    }

    /**
     * Many rows ({@code -Dindiceer.aanvragen.aantal}, default 200 000; a million works too, it only takes longer to
     * fill): the database's plan of the first page, and of a page further on, of every kind of list reads an index in
     * the list's order and stops at the page: no scan of the table, no bitmap scan, no sort of everything that matches.
     */
    @Test
    void deEerstePaginaLeestBijVeelAanvragenAlleenZichzelf() throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database aanvraag_plan");
        }
        DataSource bron = Databank.migreer(postgres.getDatabase("postgres", "aanvraag_plan"));
        JdbcClient jdbc = JdbcClient.create(bron);
        int aantal = Integer.getInteger("indiceer.aanvragen.aantal", 200_000);
        long begin = System.nanoTime();
        jdbc.sql("""
                insert into client (bsn, naam, naam_zoek, geboortedatum, gemeentecode)
                select lpad(g::text, 9, '0'), 'n', 'n', date '2000-01-01', (array['0034', '0303', '0995', '0184'])[1 + g % 4]
                from generate_series(1, 4000) g""").update();
        long eerste = jdbc.sql("select min(id) from client").query(Long.class).single();
        jdbc.sql("""
                insert into aanvraag (client_id, gemeentecode, status, consulent, gewijzigd_door, invoer, regio, geldig_vanaf,
                    regeling_hash, resultaat, kosten_totaal_cent, aantal_fout, aantal_waarschuwing, aangemaakt, gewijzigd, versie)
                select c.id, c.gemeentecode, case when g % 10 = 0 then 'INGEDIEND' else 'CONCEPT' end, 'consulent-' || (g % 50),
                    'consulent-' || (g % 50), '{}', 'noord-limburg', date '2023-01-01', repeat('a', 64), '{}', g, 0, 1,
                    now() - g * interval '1 second', now() - g * interval '1 second', 0
                from generate_series(1, :aantal) g join client c on c.id = :eerste + g % 4000""")
                .param("aantal", aantal).param("eerste", eerste).update();
        jdbc.sql("analyze aanvraag").update();
        System.out.printf("%d aanvragen gevuld in %d ms%n", aantal, (System.nanoTime() - begin) / 1_000_000);

        Lijstregel ergens = new AanvraagOpslag(jdbc).lijst(Filter.GEEN, Set.of("0034"), null, 5000).get(4999);
        Cursor verder = Cursor.na(ergens.gewijzigd(), ergens.id());
        long client = jdbc.sql("select min(id) from client where gemeentecode = '0034'").query(Long.class).single();
        List<Filter> filters = List.of(Filter.GEEN, new Filter(Aanvraagstatus.INGEDIEND, null, null, null),
                new Filter(null, null, "consulent-7", null), new Filter(Aanvraagstatus.CONCEPT, null, "consulent-7", null),
                new Filter(null, "0034", null, null), new Filter(null, null, null, client));
        for (Set<String> gemeenten : List.of(Set.of("0034"), Set.of("0034", "0303", "0995"))) {
            for (Filter filter : filters) {
                for (Cursor na : new Cursor[] {null, verder}) {
                    AanvraagOpslag.Lijstvraag vraag = AanvraagOpslag.lijstvraag(filter, gemeenten, na, 21);
                    String plan = String.join("\n", jdbc.sql("explain (analyze, costs off) " + vraag.sql())
                            .params(vraag.parameters()).query(String.class).list());
                    String wat = filter + " " + gemeenten + (na == null ? "" : " verder") + ":\n" + plan;
                    assertThat(plan).as(wat).doesNotContain("Seq Scan");
                    if (filter.clientId() != null) {
                        // a client has few aanvragen: the database fetches them all by the client index and sorts them
                        assertThat(plan).as(wat).contains("aanvraag_client");
                        continue;
                    }
                    assertThat(plan).as(wat).contains("Index Scan").doesNotContain("Bitmap");
                    // a sort only of the pages of each municipality, when merging them
                    assertThat(plan.lines().filter(r -> r.contains("Sort")).count()).as(wat)
                            .isLessThanOrEqualTo(gemeenten.size() > 1 ? 1 : 0);
                    System.out.println(wat.lines().filter(r -> r.contains("Execution Time")).findFirst().orElse(wat));
                }
            }
        }
        Map<String, Object> indexen = jdbc.sql("select count(*) as n from pg_indexes where tablename = 'aanvraag'").query().singleRow();
        assertThat(((Number) indexen.get("n")).intValue()).isEqualTo(5);
    }
}
