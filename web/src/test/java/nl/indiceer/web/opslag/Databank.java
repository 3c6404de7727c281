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

    /** Migrates as the application does: the common migrations plus those of the database's vendor folder. */
    public static DataSource migreer(DataSource bron) {
        String leverancier;
        try (var c = bron.getConnection()) {
            leverancier = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                    ? "postgresql" : "h2";
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource(bron).locations("classpath:db/migration", "classpath:db/vendor/" + leverancier)
                .load().migrate();
        return bron;
    }
}
