package nl.indiceer.web.opslag;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import com.zaxxer.hikari.HikariDataSource;

/** Databases for storage tests, migrated with the application's own Flyway migrations. */
public final class Databank {

    private Databank() {
    }

    /** A fresh in-memory H2 in PostgreSQL mode, as the embedded default uses, migrated. */
    public static DataSource nieuweH2() {
        HikariDataSource h2 = new HikariDataSource();
        h2.setMaximumPoolSize(2);
        h2.setJdbcUrl("jdbc:h2:mem:opslag-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        h2.setUsername("indiceer");
        return migreer(h2);
    }

    public static DataSource migreer(DataSource bron) {
        Flyway.configure().dataSource(bron).locations("classpath:db/migration").load().migrate();
        return bron;
    }
}
