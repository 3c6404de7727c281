package nl.indiceer.web.regeling;

import nl.indiceer.web.opslag.OpBeideDatabanken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The versions put in force (V25) on a real PostgreSQL and on H2: the bytes come back exactly, the count is the version
 * counter, a region and date are taken once, an empty file is refused; and a set loaded with them puts the stored
 * version in force from its date, while a row whose bytes were changed afterwards stops the load.
 */
class RegelingInWerkingOpslagTest extends OpBeideDatabanken {

    private static final Path ROOT = Path.of(System.getProperty("indiceer.root", ".."));

    private static long gebruiker(JdbcClient jdbc) {
        String naam = "beleid-" + System.nanoTime();
        jdbc.sql("insert into gebruiker (gebruikersnaam, wachtwoord_hash, rol) values (?, 'x', 'BELEID')").params(naam).update();
        return jdbc.sql("select id from gebruiker where gebruikersnaam = ?").params(naam).query(Long.class).single();
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void eenVersieWordtOpgeslagenGeladenEnNooitStilGewijzigd(Databron databron) throws Exception {
        JdbcClient jdbc = JdbcClient.create(databron.open());
        RegelingInWerkingOpslag opslag = new RegelingInWerkingOpslag(jdbc);
        long wie = gebruiker(jdbc);
        // a date far ahead, its own per run: the PostgreSQL database is shared by the runs of this class
        LocalDate vanaf = LocalDate.of(2100, 1, 1).plusDays(System.nanoTime() % 10_000);
        byte[] yaml = Files.readString(ROOT.resolve("regelingen/ridderkerk/2025-01-01.yaml"))
                .replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: " + vanaf).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String hash = new Bronbestand("x", yaml).sha256();
        long teller = opslag.teller();
        long id = opslag.voegToe("ridderkerk", vanaf, yaml, hash, hash, wie, "beleid", OffsetDateTime.now(ZoneOffset.UTC));
        assertThat(opslag.teller()).isEqualTo(teller + 1);
        RegelingInWerkingOpslag.Rij rij = opslag.alle().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
        assertThat(rij.inhoud()).isEqualTo(yaml);
        assertThat(rij.geldigVanaf()).isEqualTo(vanaf);
        assertThat(rij.bestandHash()).isEqualTo(hash);

        // the same region and date once only; an empty file never
        assertThatThrownBy(() -> opslag.voegToe("ridderkerk", vanaf, yaml, hash, hash, wie, "beleid", OffsetDateTime.now()))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> opslag.voegToe("ridderkerk", vanaf.plusDays(1), new byte[0], hash, hash, wie, "beleid",
                OffsetDateTime.now())).isInstanceOf(DataIntegrityViolationException.class);

        // loaded with the folder: in force from its date, the shipped version until the day before (its hash unchanged)
        Instellingen instellingen = new Instellingen(ROOT.resolve("regelingen").toString(), "normenkaders");
        RegelingenInWerking inWerking = new RegelingenInWerking(instellingen, opslag);
        assertThat(inWerking.nu().voor("ridderkerk", vanaf).versie().hash()).isEqualTo(hash);
        assertThat(inWerking.inWerkingGesteld(inWerking.nu().voor("ridderkerk", vanaf)).id()).isEqualTo(id);
        String geleverd = new Bronbestand("y", Files.readAllBytes(ROOT.resolve("regelingen/ridderkerk/2025-01-01.yaml"))).sha256();
        assertThat(inWerking.nu().voor("ridderkerk", LocalDate.of(2099, 12, 31)).versie().hash()).isNotEqualTo(hash);
        assertThat(inWerking.nu().voor("ridderkerk", LocalDate.of(2025, 6, 1)).versie().hash()).isEqualTo(geleverd);

        // bytes changed behind the application's back: the load refuses, naming the row
        jdbc.sql("update regeling_in_werking set inhoud = ? where id = ?").params("regio: ridderkerk".getBytes(), id).update();
        assertThatThrownBy(() -> new RegelingenInWerking(instellingen, opslag))
                .isInstanceOf(OngeldigeRegelingException.class)
                .hasMessageContaining("regeling_in_werking #" + id).hasMessageContaining("is gewijzigd");
        jdbc.sql("delete from regeling_in_werking where id = ?").params(id).update();
    }
}
