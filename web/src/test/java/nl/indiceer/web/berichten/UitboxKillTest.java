package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Exactly once with a real kill (issue 10): the outbox writer runs in its own JVM ({@link UitboxSchrijverProces})
 * against a file H2 database of this test (the application's default storage, WRITE_DELAY=0), is stopped with SIGKILL
 * ({@code destroyForcibly}) between two of its steps, and a second process (the restart) finishes: every message
 * exactly once in the provider's folder with the stored bytes, none lost, each VERZONDEN. The child signals that it
 * reached the step with a marker file; the parent waits for it with a bounded poll, never a fixed sleep.
 */
class UitboxKillTest {

    static final String AGB = "87654321";
    static final long WACHTTIJD_MS = 120_000;

    static List<Path> bestanden(Path map) throws Exception {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.sorted().toList();
        }
    }

    static Process start(String url, Path uitbox, Path merkteken, String... stap) throws Exception {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> opdracht = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                UitboxSchrijverProces.class.getName(), url, uitbox.toString(), merkteken.toString()));
        opdracht.addAll(List.of(stap));
        return new ProcessBuilder(opdracht).redirectErrorStream(true)
                .redirectOutput(merkteken.resolveSibling(merkteken.getFileName() + ".log").toFile()).start();
    }

    /** Waits, bounded, until the child wrote its marker; fails with the child's output when it never does. */
    static String wachtOp(Path merkteken, Process p) throws Exception {
        long tot = System.currentTimeMillis() + WACHTTIJD_MS;
        while (System.currentTimeMillis() < tot) {
            if (Files.exists(merkteken) && Files.size(merkteken) > 0) {
                return Files.readString(merkteken);
            }
            if (!p.isAlive() && !Files.exists(merkteken)) {
                break;
            }
            p.waitFor(50, TimeUnit.MILLISECONDS);
        }
        Path log = merkteken.resolveSibling(merkteken.getFileName() + ".log");
        throw new AssertionError("het schrijfproces bereikte het punt niet: "
                + (Files.exists(log) ? Files.readString(log) : "(geen uitvoer)"));
    }

    @ParameterizedTest
    @EnumSource(Uitbox.Stap.class)
    void eenKillTussenDeStappenGeeftNaDeHerstartElkBerichtPreciesEenmaal(Uitbox.Stap stap, @TempDir Path map)
            throws Exception {
        String url = "jdbc:h2:file:" + map.resolve("db").resolve("indiceer").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;FILE_LOCK=FS";
        Flyway.configure().dataSource(url, "indiceer", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        JdbcClient db = JdbcClient.create(new DriverManagerDataSource(url, "indiceer", ""));
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            byte[] inhoud = ("<bericht nummer=\"" + i + "\"/>\r\n").getBytes(StandardCharsets.UTF_8);
            var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
            db.sql("""
                            insert into uitgaand_bericht (gemeentecode, soort, ontvanger, identificatie, inhoud, status, aangemaakt)
                            values ('0184', 'JW301', ?, ?, ?, 'AANGEMAAKT', ?)""")
                    .params(AGB, "K" + i, inhoud, OffsetDateTime.now(ZoneOffset.UTC)).update(sleutel, "id");
            ids.add(sleutel.getKey().longValue());
        }
        long midden = ids.get(1);
        Path uitbox = map.resolve("uitbox");
        Path ontvanger = uitbox.resolve(AGB);

        Path merkteken = map.resolve("bereikt");
        Process eerste = start(url, uitbox, merkteken, stap.name(), Long.toString(midden));
        try {
            assertThat(wachtOp(merkteken, eerste)).isEqualTo(stap.name());
        } finally {
            eerste.destroyForcibly();
        }
        assertThat(eerste.waitFor(WACHTTIJD_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(eerste.exitValue()).isNotZero(); // killed, not ended

        // after the kill: the first message is done, the second is where the kill left it, the third untouched
        assertThat(status(db, ids.get(0))).isEqualTo("VERZONDEN");
        assertThat(status(db, midden)).isEqualTo("AANGEMAAKT");
        assertThat(status(db, ids.get(2))).isEqualTo("AANGEMAAKT");
        if (stap == Uitbox.Stap.BESTAND_GEPLAATST) {
            assertThat(bestanden(ontvanger)).containsExactly(ontvanger.resolve("JW301-0184-K1.xml"),
                    ontvanger.resolve("JW301-0184-K2.xml"));
        } else {
            // the temporary file is written, nothing half in the provider's folder
            assertThat(bestanden(ontvanger)).containsExactly(ontvanger.resolve("JW301-0184-K1.xml"));
        }

        Path klaar = map.resolve("herstart");
        Process herstart = start(url, uitbox, klaar);
        assertThat(herstart.waitFor(WACHTTIJD_MS, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(herstart.exitValue()).as(Files.readString(klaar.resolveSibling("herstart.log"))).isZero();
        assertThat(Files.readString(klaar)).isEqualTo("KLAAR 2");

        assertThat(bestanden(ontvanger)).containsExactly(ontvanger.resolve("JW301-0184-K1.xml"),
                ontvanger.resolve("JW301-0184-K2.xml"), ontvanger.resolve("JW301-0184-K3.xml"));
        for (int i = 0; i < 3; i++) {
            long id = ids.get(i);
            assertThat(status(db, id)).isEqualTo("VERZONDEN");
            byte[] opgeslagen = db.sql("select inhoud from uitgaand_bericht where id = ?").params(id).query(byte[].class).single();
            assertThat(Files.readAllBytes(ontvanger.resolve("JW301-0184-K" + (i + 1) + ".xml"))).isEqualTo(opgeslagen);
            assertThat(db.sql("select bestand from uitgaand_bericht where id = ?").params(id).query(String.class).single())
                    .isEqualTo(AGB + "/JW301-0184-K" + (i + 1) + ".xml");
        }
        // nothing left behind in the temporary folder
        assertThat(bestanden(uitbox.resolve(".tijdelijk"))).isEmpty();
    }

    static String status(JdbcClient db, long id) {
        return db.sql("select status from uitgaand_bericht where id = ?").params(id).query(String.class).single();
    }
}
