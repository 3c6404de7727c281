package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken rulebook is rejected with file, line and field; a good one loads. */
class RegelingLezerTest {

    @TempDir
    Path map;

    private static final String GOED = Proef.GOED;

    private Path schrijf(String regio, String naam, String yaml) throws IOException {
        Path dir = Files.createDirectories(map.resolve(regio));
        return Files.writeString(dir.resolve(naam), yaml);
    }

    private List<Probleem> problemen(String yaml) throws IOException {
        Path bestand = schrijf("proef", "2025-01-01.yaml", yaml);
        try {
            RegelingLezer.lees(bestand);
        } catch (OngeldigeRegelingException e) {
            return e.problemen();
        }
        throw new AssertionError("de regeling werd niet afgewezen");
    }

    @Test
    void goedeRegelingWordtGeladenMetExactTarief() throws IOException {
        Regeling r = RegelingLezer.lees(schrijf("proef", "2025-01-01.yaml", GOED));
        assertThat(r.product("begeleiding").tarifering().tarieven().get(0).bedrag()).isEqualByComparingTo("74.81");
        assertThat(r.product("begeleiding").tarifering().tarieven().get(0).bron().tekst()).isEqualTo("proef.txt r. 3");
    }

    @Test
    void onbekendVeldNoemtBestandRegelEnVeld() throws IOException {
        List<Probleem> p = problemen(GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    eenhied: minuut\n"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.veld()).isEqualTo("producten[0].eenhied");
            assertThat(x.melding()).isEqualTo("onbekend veld");
            assertThat(x.regel()).isEqualTo(12);
            assertThat(x.toString()).startsWith(map.resolve("proef/2025-01-01.yaml") + ":12: producten[0].eenhied");
        });
    }

    @Test
    void ontbrekendeEenheid() throws IOException {
        List<Probleem> p = problemen(GOED.replace("    eenheid: uur\n", ""));
        assertThat(p).anySatisfy(x -> {
            assertThat(x.veld()).isEqualTo("producten[0].eenheid");
            assertThat(x.melding()).isEqualTo("ontbreekt");
        });
    }

    @Test
    void negatiefTarief() throws IOException {
        List<Probleem> p = problemen(GOED.replace("bedrag: 74.81", "bedrag: -74.81"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.veld()).isEqualTo("producten[0].tarieven[0].bedrag");
            assertThat(x.melding()).contains("mag niet negatief zijn");
            assertThat(x.regel()).isEqualTo(14);
        });
    }

    @Test
    void verwijzingNaarOnbekendProduct() throws IOException {
        List<Probleem> p = problemen(GOED + """
                combinaties:
                  vereist:
                    - producten: [begeleiding]
                      met: [dagactiviteit]
                      bron: "P:4"
                """);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.veld()).isEqualTo("combinaties.vereist[0].met");
            assertThat(x.melding()).contains("onbekend product of onbekende groep 'dagactiviteit'");
        });
    }

    @Test
    void dubbeleSleutelWordtAfgewezen() throws IOException {
        List<Probleem> p = problemen(GOED.replace("    eenheid: uur\n", "    eenheid: uur\n    eenheid: minuut\n"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.veld()).isEqualTo("producten[0].eenheid");
            assertThat(x.melding()).isEqualTo("staat er twee keer in");
            assertThat(x.regel()).isEqualTo(12);
        });
    }

    @Test
    void onbekendeBron() throws IOException {
        List<Probleem> p = problemen(GOED.replace("bron: \"P:3\"", "bron: \"Q:3\""));
        assertThat(p).singleElement().satisfies(x -> assertThat(x.melding()).contains("onbekende bron 'Q'"));
    }

    @Test
    void ongeldigeYamlNoemtDeRegel() throws IOException {
        List<Probleem> p = problemen(GOED + "  - code: [\n");
        assertThat(p).singleElement().satisfies(x -> assertThat(x.veld()).isEqualTo("(yaml)"));
    }

    @Test
    void overlappendeGeldigheidWordtAfgewezen() throws IOException {
        schrijf("proef", "2025-01-01.yaml", GOED);
        schrijf("proef", "2025-06-01.yaml", GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 2025-06-01"));
        assertThatThrownBy(() -> Regelingen.laad(map)).isInstanceOfSatisfying(OngeldigeRegelingException.class,
                e -> assertThat(e.problemen()).singleElement().satisfies(x -> {
                    assertThat(x.bestand()).endsWith("2025-06-01.yaml");
                    assertThat(x.veld()).isEqualTo("geldig_vanaf");
                    assertThat(x.melding()).contains("overlapt");
                }));
    }

    @Test
    void versieOpPeildatum() throws IOException {
        schrijf("proef", "2025-01-01.yaml", GOED.replace("bron: \"P:1\"", "bron: \"P:1\"\ngeldig_tot: 2025-05-31"));
        schrijf("proef", "2025-06-01.yaml", GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 2025-06-01")
                .replace("74.81", "77.00"));
        Regelingen r = Regelingen.laad(map);
        assertThat(r.voor("proef", LocalDate.of(2025, 5, 31)).product("begeleiding").tarifering().tarieven().get(0).bedrag())
                .isEqualByComparingTo("74.81");
        assertThat(r.voor("proef", LocalDate.of(2025, 6, 1)).product("begeleiding").tarifering().tarieven().get(0).bedrag())
                .isEqualByComparingTo("77.00");
        assertThat(r.voor("proef", LocalDate.of(2024, 12, 31))).isNull();
    }
}
