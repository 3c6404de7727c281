package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exactly once: the writer is interrupted (an Error thrown, as a kill would stop it) between its steps, and a new
 * writer over the same folder and database (the restart) completes the message: one file with the stored bytes, status
 * VERZONDEN, never a second file and never a message left behind.
 */
@WebTest
class UitboxPreciesEenmaalTest {

    /** What a kill does to the writer: it stops at once, nothing after it runs. */
    static final class Onderbroken extends Error {
        Onderbroken(String stap) {
            super("onderbroken na " + stap);
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UitboxOpslag opslag;

    /** A decided 301, set back to AANGEMAAKT as if the writer had not yet run. */
    UitgaandBericht opnieuwAangemaakt() throws Exception {
        Besluiten api = new Besluiten(mvc);
        String urk = Aanmelding.nieuweGebruiker(mvc, "urk-uitbox", "consulent", "0184");
        long beschikking = api.eerste(urk, api.client(urk, "0184"), Besluiten.groepMetAanbieder("87654321")).get("id").asLong();
        UitgaandBericht b = opslag.vanBeschikking(beschikking).get(0);
        jdbc.sql("update uitgaand_bericht set status = 'AANGEMAAKT', bestand = null, verzonden = null where id = ?")
                .params(b.id()).update();
        return b;
    }

    static List<Path> bestanden(Path map) throws Exception {
        if (!Files.isDirectory(map)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(map)) {
            return s.toList();
        }
    }

    Berichtstatus status(long id) {
        return Berichtstatus.valueOf(jdbc.sql("select status from uitgaand_bericht where id = ?").params(id)
                .query(String.class).single());
    }

    @Test
    void eenCrashNaHetPlaatsenEnVoorHetVastleggenGeeftNaDeHerstartPreciesEenBestand(@TempDir Path uitbox) throws Exception {
        UitgaandBericht b = opnieuwAangemaakt();
        Uitbox gecrasht = new Uitbox(opslag, uitbox, (stap, bericht) -> {
            if (stap == Uitbox.Stap.BESTAND_GEPLAATST && bericht.id() == b.id()) {
                throw new Onderbroken(stap.name());
            }
        });
        assertThatThrownBy(gecrasht::schrijfOpenstaande).isInstanceOf(Onderbroken.class);
        Path map = uitbox.resolve("87654321");
        // the file is there, the database does not know it yet
        assertThat(bestanden(map)).containsExactly(map.resolve(b.bestandsnaam()));
        assertThat(status(b.id())).isEqualTo(Berichtstatus.AANGEMAAKT);

        Uitbox herstart = new Uitbox(opslag, uitbox, (stap, bericht) -> { });
        assertThat(herstart.schrijfOpenstaande()).isGreaterThanOrEqualTo(1);
        assertThat(status(b.id())).isEqualTo(Berichtstatus.VERZONDEN);
        assertThat(bestanden(map)).containsExactly(map.resolve(b.bestandsnaam()));
        assertThat(Files.readAllBytes(map.resolve(b.bestandsnaam()))).isEqualTo(b.inhoud());
        // a third run finds nothing to do and writes nothing
        herstart.schrijfOpenstaande();
        assertThat(bestanden(map)).hasSize(1);
        assertThat(opslag.metId(b.id(), java.util.Set.of("0184")).orElseThrow().bestand())
                .isEqualTo("87654321/" + b.bestandsnaam());
    }

    @Test
    void eenCrashVoorHetPlaatsenLaatNietsHalfsInDeMapVanDeAanbiederEnDeHerstartMaaktHetAf(@TempDir Path uitbox) throws Exception {
        UitgaandBericht b = opnieuwAangemaakt();
        Uitbox gecrasht = new Uitbox(opslag, uitbox, (stap, bericht) -> {
            if (stap == Uitbox.Stap.TIJDELIJK_GESCHREVEN && bericht.id() == b.id()) {
                throw new Onderbroken(stap.name());
            }
        });
        assertThatThrownBy(gecrasht::schrijfOpenstaande).isInstanceOf(Onderbroken.class);
        Path map = uitbox.resolve("87654321");
        assertThat(bestanden(map)).isEmpty();
        assertThat(status(b.id())).isEqualTo(Berichtstatus.AANGEMAAKT);

        new Uitbox(opslag, uitbox, (stap, bericht) -> { }).schrijfOpenstaande();
        assertThat(status(b.id())).isEqualTo(Berichtstatus.VERZONDEN);
        assertThat(bestanden(map)).containsExactly(map.resolve(b.bestandsnaam()));
        assertThat(Files.readAllBytes(map.resolve(b.bestandsnaam()))).isEqualTo(b.inhoud());
        // the temporary file was renamed, not copied: nothing left behind
        assertThat(bestanden(uitbox.resolve(".tijdelijk"))).noneMatch(p -> p.getFileName().toString().contains(b.bestandsnaam()));
    }
}
