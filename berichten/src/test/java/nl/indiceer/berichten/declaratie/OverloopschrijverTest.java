package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text below the limit stays in memory; above it moves to a temporary file; either way it comes back whole, and closing leaves nothing behind. */
class OverloopschrijverTest {

    @TempDir
    Path map;

    @Test
    void kleinBlijftInHetGeheugen() throws Exception {
        try (Overloopschrijver w = new Overloopschrijver(map, ".test-", 100)) {
            w.write("<a>één</a>");
            w.write('\n');
            assertThat(w.opSchijf()).isFalse();
            assertThat(bestanden()).isZero();
            StringWriter uit = new StringWriter();
            w.kopieerNaar(uit);
            assertThat(uit).hasToString("<a>één</a>\n");
        }
    }

    @Test
    void grootGaatNaarEenTijdelijkBestandEnKomtHeelTerug() throws Exception {
        StringBuilder verwacht = new StringBuilder();
        Overloopschrijver w = new Overloopschrijver(map, ".test-", 100);
        for (int i = 0; i < 50; i++) {
            String regel = "regel " + i + " met ë\n";
            w.write(regel.toCharArray(), 0, regel.length());
            verwacht.append(regel);
        }
        assertThat(w.opSchijf()).isTrue();
        assertThat(bestanden()).isEqualTo(1);
        StringWriter uit = new StringWriter();
        w.kopieerNaar(uit);
        assertThat(uit).hasToString(verwacht.toString());
        w.close();
        assertThat(bestanden()).isZero();
    }

    private long bestanden() throws Exception {
        try (Stream<Path> s = Files.list(map)) {
            return s.count();
        }
    }
}
