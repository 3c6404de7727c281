package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import nl.indiceer.Repo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loaded rulebook version is identified by region, geldig_vanaf and the SHA-256 of its bytes (issue 6, section 4). */
class RegelingVersieTest {

    @TempDir
    Path tmp;

    @Test
    void zelfdeBytesZelfdeHash() {
        RegelingVersie a = Proef.lees(Proef.GOED).versie();
        RegelingVersie b = Proef.lees(Proef.GOED).versie();
        assertThat(a).isEqualTo(b);
        assertThat(a.regio()).isEqualTo("proef");
        assertThat(a.geldigVanaf()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(a.hash()).matches("[0-9a-f]{64}");
    }

    @Test
    void eenAndereByteGeeftEenAndereHash() {
        // only a comment differs: the rules are the same, the bytes are not, so the identity is not
        RegelingVersie a = Proef.lees(Proef.GOED).versie();
        RegelingVersie b = Proef.lees(Proef.GOED + "#").versie();
        RegelingVersie c = Proef.lees(Proef.GOED.replace("74.81", "74.82")).versie();
        assertThat(b.hash()).isNotEqualTo(a.hash());
        assertThat(c.hash()).isNotEqualTo(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void hashIsSha256VanDeBytesOnafhankelijkVanDeMap() throws Exception {
        Path bron = Repo.root().resolve("regelingen/ridderkerk/2025-01-01.yaml");
        byte[] bytes = Files.readAllBytes(bron);
        String verwacht = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        Path elders = Files.createDirectories(tmp.resolve("heel/ergens/anders/ridderkerk"));
        Files.write(elders.resolve("2025-01-01.yaml"), bytes);
        Regeling hier = Repo.regelingen().voor("ridderkerk", LocalDate.of(2025, 6, 1));
        Regeling daar = Regelingen.laad(elders.getParent()).voor("ridderkerk", LocalDate.of(2025, 6, 1));
        Regeling uitGeheugen = RegelingLezer.lees("x", bytes);

        assertThat(hier.bestand()).isNotEqualTo(daar.bestand());
        assertThat(hier.versie().hash()).isEqualTo(verwacht);
        assertThat(daar.versie()).isEqualTo(hier.versie());
        assertThat(uitGeheugen.versie()).isEqualTo(hier.versie());
    }

    @Test
    void korteVorm() {
        RegelingVersie v = new RegelingVersie("noord-limburg", LocalDate.of(2023, 1, 1), "ab12cd34" + "0".repeat(56));
        assertThat(v.kort()).isEqualTo("noord-limburg 2023-01-01 sha256:ab12cd34…");
        assertThat(v.toString()).isEqualTo("noord-limburg 2023-01-01 sha256:ab12cd34" + "0".repeat(56));
    }

    @Test
    void eenHashIs64HexTekens() {
        assertThatThrownBy(() -> new RegelingVersie("x", LocalDate.of(2025, 1, 1), "AB12"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void elkeMeegeleverdeVersieHeeftEenEigenHash() throws IOException {
        java.util.Set<String> hashes = new java.util.HashSet<>();
        for (String regio : Repo.regelingen().regios()) {
            for (Regeling r : Repo.regelingen().versies(regio)) {
                assertThat(r.versie().regio()).isEqualTo(regio);
                assertThat(r.versie().geldigVanaf()).isEqualTo(r.geldigVanaf());
                assertThat(hashes.add(r.versie().hash())).isTrue();
                assertThat(r.versie().hash()).isEqualTo(new Bronbestand("x", Files.readAllBytes(Path.of(r.bestand()))).sha256());
            }
        }
        assertThat(hashes).hasSize(5);
    }
}
