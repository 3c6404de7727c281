package nl.indiceer.web.opslag;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The base of a storage test that runs every case on a real PostgreSQL and on H2 in PostgreSQL mode (the embedded
 * default): PostgreSQL is what a municipality runs, H2 what the one-command start uses, and the same migrations and
 * SQL must hold on both. One embedded PostgreSQL per test class; a case asks {@code @MethodSource("databanken")} for a
 * {@link Databron} and opens a freshly migrated database with it.
 */
public abstract class OpBeideDatabanken {

    protected static EmbeddedPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    /** Opens a migrated database of one kind. */
    public interface Databron {
        DataSource open();
    }

    protected static Stream<Arguments> databanken() {
        return Stream.of(
                Arguments.of(Named.of("PostgreSQL", (Databron) () -> Databank.migreer(postgres.getPostgresDatabase()))),
                Arguments.of(Named.of("H2", (Databron) Databank::nieuweH2)));
    }
}
