package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.OngeldigNormenkaderException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a folder of rulebooks is read: symbolic links, case, extensions, depth, size (issue 6, section 2). */
class MapbronTest {

    @TempDir
    Path tmp;

    private Path schrijf(Path map, String regio, String naam, String yaml) throws IOException {
        Path dir = Files.createDirectories(map.resolve(regio));
        return Files.writeString(dir.resolve(naam), yaml);
    }

    private static List<Probleem> problemen(Path map) {
        try {
            Regelingen.laad(map);
        } catch (OngeldigeRegelingException e) {
            return e.problemen();
        }
        throw new AssertionError("de map werd niet afgewezen");
    }

    @Test
    void regiomapViaSymbolischeLinkWordtGelezen() throws IOException {
        Path elders = tmp.resolve("elders");
        schrijf(elders, "proef", "2025-01-01.yaml", Proef.GOED);
        Path map = Files.createDirectories(tmp.resolve("regelingen"));
        Files.createSymbolicLink(map.resolve("proef"), elders.resolve("proef"));
        Regelingen r = Regelingen.laad(map);
        assertThat(r.regios()).containsExactly("proef");
        assertThat(r.voor("proef", LocalDate.of(2025, 6, 1)).bestand()).isEqualTo(map.resolve("proef/2025-01-01.yaml").toString());
    }

    @Test
    void hoofdmapViaSymbolischeLinkWordtGelezen() throws IOException {
        Path echt = tmp.resolve("echt");
        schrijf(echt, "proef", "2025-01-01.yaml", Proef.GOED);
        Path link = Files.createSymbolicLink(tmp.resolve("link"), echt);
        assertThat(Regelingen.laad(link).regios()).containsExactly("proef");
    }

    @Test
    void bestandViaSymbolischeLinkWordtGelezenEnEenKapotteLinkAfgewezen() throws IOException {
        Path echt = Files.writeString(tmp.resolve("ergens.yaml"), Proef.GOED);
        Path map = tmp.resolve("regelingen");
        Files.createDirectories(map.resolve("proef"));
        Files.createSymbolicLink(map.resolve("proef/2025-01-01.yaml"), echt);
        assertThat(Regelingen.laad(map).regios()).containsExactly("proef");

        Files.createSymbolicLink(map.resolve("proef/2026-01-01.yaml"), tmp.resolve("bestaat-niet.yaml"));
        assertThat(problemen(map)).singleElement().satisfies(p -> {
            assertThat(p.bestand()).endsWith("2026-01-01.yaml");
            assertThat(p.melding()).contains("symbolische link");
        });
    }

    @Test
    void linkKringWordtAfgewezen() throws IOException {
        Path map = tmp.resolve("regelingen");
        schrijf(map, "proef", "2025-01-01.yaml", Proef.GOED);
        Files.createSymbolicLink(map.resolve("proef/terug"), map);
        assertThat(problemen(map)).anySatisfy(p -> assertThat(p.melding()).contains("kring"));
    }

    @Test
    void regiomappenDieAlleenInHoofdlettersVerschillenWordenAfgewezen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.yaml", Proef.GOED);
        schrijf(tmp, "Proef", "2026-01-01.yaml", Proef.GOED.replace("2025-01-01", "2026-01-01").replace("regio: proef", "regio: Proef"));
        assertThat(problemen(tmp)).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("(map)");
            assertThat(p.melding()).contains("verschilt alleen in hoofdletters");
        });
    }

    @Test
    void regiosDieAlleenInHoofdlettersVerschillenWordenAfgewezenOokZonderMappen() {
        Regelbron bron = bron(Bronbestand.van("a.yaml", Proef.GOED),
                Bronbestand.van("b.yaml", Proef.GOED.replace("regio: proef", "regio: PROEF").replace("2025-01-01", "2026-01-01")));
        assertThatThrownBy(() -> Regelingen.laad(bron)).isInstanceOfSatisfying(OngeldigeRegelingException.class,
                e -> assertThat(e.problemen()).singleElement().satisfies(p -> {
                    assertThat(p.bestand()).isEqualTo("b.yaml");
                    assertThat(p.veld()).isEqualTo("regio");
                    assertThat(p.melding()).contains("verschilt alleen in hoofdletters van regio 'proef'");
                }));
    }

    @Test
    void extensieInHoofdlettersWordtGelezen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.YAML", Proef.GOED.replace("bron: \"P:1\"", "bron: \"P:1\"\ngeldig_tot: 2025-12-31"));
        schrijf(tmp, "proef", "2026-01-01.Yml", Proef.GOED.replace("2025-01-01", "2026-01-01"));
        Files.writeString(tmp.resolve("proef/LEESMIJ.txt"), "geen regeling");
        Regelingen r = Regelingen.laad(tmp);
        assertThat(r.versies("proef")).extracting(Regeling::geldigVanaf)
                .containsExactly(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));
    }

    @Test
    void tweeBestandenDieAlleenInHoofdlettersVerschillenWordenAfgewezen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.yaml", Proef.GOED);
        schrijf(tmp, "proef", "2025-01-01.YAML", Proef.GOED);
        assertThat(problemen(tmp)).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("verschilt alleen in hoofdletters"));
    }

    @Test
    void teDiepBestandWordtAfgewezenNietOvergeslagen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.yaml", Proef.GOED);
        schrijf(tmp, "proef/oud", "2024-01-01.yaml", Proef.GOED);
        assertThat(problemen(tmp)).singleElement().satisfies(p -> {
            assertThat(p.bestand()).endsWith("oud/2024-01-01.yaml");
            assertThat(p.melding()).contains("staat te diep");
        });
    }

    @Test
    void verborgenMappenWordenOvergeslagen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.yaml", Proef.GOED);
        schrijf(tmp, ".git", "kapot.yaml", "a: [");
        assertThat(Regelingen.laad(tmp).regios()).containsExactly("proef");
    }

    @Test
    void teGrootBestandWordtAfgewezen() throws IOException {
        schrijf(tmp, "proef", "2025-01-01.yaml", Proef.GOED + "#".repeat(YamlObject.MAXIMALE_BESTANDSGROOTTE));
        assertThat(problemen(tmp)).singleElement().satisfies(p -> {
            assertThat(p.bestand()).endsWith("2025-01-01.yaml");
            assertThat(p.melding()).contains("is te groot");
        });
    }

    @Test
    void ontbrekendeMap() {
        assertThat(problemen(tmp.resolve("nergens"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).isEqualTo("bestaat niet of is geen map"));
    }

    @Test
    void normenkadersLadenViaDezelfdeBronEnRegels() throws IOException {
        Path echt = Files.createDirectories(tmp.resolve("echt"));
        Files.copy(nl.indiceer.Repo.root().resolve("normenkaders/kpmg-hbel-2021.yaml"), echt.resolve("KPMG.YAML"));
        Path link = Files.createSymbolicLink(tmp.resolve("normenkaders"), echt);
        assertThat(Normenkaders.laad(link).ids()).hasSize(1);
        Files.writeString(echt.resolve("kpmg.yaml"), "x: 1\n");
        assertThatThrownBy(() -> Normenkaders.laad(link)).isInstanceOfSatisfying(OngeldigNormenkaderException.class,
                e -> assertThat(e.problemen()).singleElement()
                        .satisfies(p -> assertThat(p.melding()).contains("verschilt alleen in hoofdletters")));
    }

    @Test
    void bronbestandIsOnveranderlijk() {
        byte[] inhoud = {'a', ':', ' ', '1'};
        Bronbestand b = new Bronbestand("x.yaml", inhoud);
        inhoud[0] = 'b';
        b.inhoud()[1] = 'c';
        assertThat(new String(b.inhoud(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("a: 1");
    }

    static Regelbron bron(Bronbestand... bestanden) {
        return new Regelbron() {
            @Override
            public List<Bronbestand> bestanden() {
                return List.of(bestanden);
            }

            @Override
            public String omschrijving() {
                return "geheugen";
            }
        };
    }
}
