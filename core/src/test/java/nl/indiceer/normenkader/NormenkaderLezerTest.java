package nl.indiceer.normenkader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.regeling.Probleem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken normenkader file is rejected with file:line: field: what is wrong; the shipped ones load. */
class NormenkaderLezerTest {

    private static final String GOED = """
            id: test-kader
            naam: "Test"
            wet: wmo
            status: vastgesteld
            geldig_vanaf: 2025-01-01
            bron: "b:1"
            bronnen:
              - {id: b, titel: "Bron"}
            taken:
              - code: taak-a
                naam: "Taak A"
                bron: "b:2"
                normen:
                  - minuten: 30
                    per: keer
                    frequenties:
                      - {keer: 1, per: week}
                    bron: "b:3"
                factoren:
                  - code: eigen-kracht
                    naam: "Eigen kracht"
                    soort: eigen_kracht
                    minuten: -5
                    per: keer
                    bron: "b:4"
            """;

    @TempDir
    Path tmp;

    private static List<String> problemen(String yaml) {
        try {
            NormenkaderLezer.lees("test.yaml", yaml);
        } catch (OngeldigNormenkaderException e) {
            return e.problemen().stream().map(Probleem::toString).toList();
        }
        throw new AssertionError("verwacht een ongeldig normenkader");
    }

    @Test
    void eenGoedBestandLaadt() {
        Normenkader k = NormenkaderLezer.lees("test.yaml", GOED);
        assertThat(k.taak("taak-a").normen()).singleElement().satisfies(n -> assertThat(n.perKeer()).isTrue());
        assertThat(k.wekenPerJaar().waarde()).isEqualByComparingTo("52");
    }

    @Test
    void onbekendVeldMetBestandRegelEnVeld() {
        // Line 14 is the norm's "minuten" line; the typo "minuuten" sits there.
        assertThat(problemen(GOED.replace("      - minuten: 30", "      - minuuten: 30"))).containsExactly(
                "test.yaml:14: taken[0].normen[0].minuten: ontbreekt: geef 'minuten' of 'uren'",
                "test.yaml:14: taken[0].normen[0].minuuten: onbekend veld");
    }

    @Test
    void capaciteitsfactorDieTijdToevoegtWordtGeweigerd() {
        assertThat(problemen(GOED.replace("minuten: -5", "minuten: 5"))).containsExactly(
                "test.yaml:23: taken[0].factoren[0].minuten: een factor van soort eigen_kracht verlaagt de tijd; geef een negatief getal");
    }

    @Test
    void waardeEnOntbreektTegelijk() {
        assertThat(problemen(GOED.replace("      - minuten: 30\n", "      - minuten: 30\n        ontbreekt: \"x\"\n")))
                .containsExactly("test.yaml:15: taken[0].normen[0].ontbreekt: geef een normtijd of 'ontbreekt', niet beide");
    }

    @Test
    void normPerKeerZonderFrequenties() {
        assertThat(problemen(GOED.replace("        frequenties:\n          - {keer: 1, per: week}\n", ""))).containsExactly(
                "test.yaml:14: taken[0].normen[0].frequenties: ontbreekt: een normtijd per keer noemt de toegestane frequenties");
    }

    @Test
    void onbekendeStatusEnBron() {
        assertThat(problemen(GOED.replace("status: vastgesteld", "status: concept").replace("bron: \"b:4\"", "bron: \"x:4\"")))
                .containsExactly(
                        "test.yaml:4: status: onbekende waarde 'concept'; toegestaan: vastgesteld, onvolledig, voorbeeld "
                                + "(\"voorbeeld — geen vastgesteld beleid\")",
                        "test.yaml:25: taken[0].factoren[0].bron: onbekende bron 'x'; declareer die onder 'bronnen'");
    }

    @Test
    void taakZonderNormEnZonderOntbreekt() {
        String zonderNorm = GOED.replace("    normen:\n      - minuten: 30\n        per: keer\n        frequenties:\n"
                + "          - {keer: 1, per: week}\n        bron: \"b:3\"\n", "");
        assertThat(zonderNorm).doesNotContain("normen:");
        assertThat(problemen(zonderNorm)).containsExactly("test.yaml:10: taken[0].normen: ontbreekt: geef minstens één "
                + "normtijd, of leg in 'ontbreekt' uit waarom die er niet is");
    }

    @Test
    void geenYaml() {
        assertThat(problemen("id: [a, b\nnaam: x")).singleElement().asString().startsWith("test.yaml:");
    }

    @Test
    void kapotBestandInDeMapNoemtBestandRegelEnVeld() throws Exception {
        Files.writeString(tmp.resolve("goed.yaml"), GOED);
        Files.writeString(tmp.resolve("kapot.yaml"), GOED.replace("id: test-kader", "id: ander-kader")
                .replace("wet: wmo", "wet: wmo\nkleur: blauw"));
        assertThatThrownBy(() -> Normenkaders.laad(tmp)).isInstanceOf(OngeldigNormenkaderException.class)
                .hasMessageContaining(tmp.resolve("kapot.yaml") + ":4: kleur: onbekend veld");
    }

    @Test
    void overlappendeVersiesVanEenNormenkader() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), GOED);
        Files.writeString(tmp.resolve("b.yaml"), GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 2025-06-01"));
        assertThatThrownBy(() -> Normenkaders.laad(tmp)).isInstanceOf(OngeldigNormenkaderException.class)
                .hasMessageContaining("b.yaml:1: geldig_vanaf: geldigheid overlapt met");
    }

    @Test
    void versieOpPeildatum() throws Exception {
        Files.writeString(tmp.resolve("a.yaml"), GOED.replace("bron: \"b:1\"", "geldig_tot: 2025-12-31\nbron: \"b:1\""));
        Files.writeString(tmp.resolve("b.yaml"), GOED.replace("geldig_vanaf: 2025-01-01", "geldig_vanaf: 2026-01-01")
                .replace("minuten: 30", "minuten: 35"));
        Normenkaders n = Normenkaders.laad(tmp);
        assertThat(n.voor("test-kader", LocalDate.of(2025, 12, 31)).taak("taak-a").normen().get(0).tijd().waarde())
                .isEqualByComparingTo("30");
        assertThat(n.voor("test-kader", LocalDate.of(2026, 1, 1)).taak("taak-a").normen().get(0).tijd().waarde())
                .isEqualByComparingTo("35");
    }

    @Test
    void meegeleverdeNormenkadersLaden() {
        Normenkaders n = Normtest.meegeleverd();
        assertThat(n.ids()).contains("kpmg-hbel-2021", "hhm-2025", "voorbeeld-begeleiding");
        assertThat(n.voor("voorbeeld-begeleiding", LocalDate.of(2026, 1, 1)).taken()).extracting(Taak::code)
                .containsExactly("administratie", "dagstructuur", "huishoudelijke-organisatie", "sociale-contacten", "zelfzorg");
        assertThat(n.voor("voorbeeld-begeleiding", LocalDate.of(2026, 1, 1)).status()).isEqualTo(Normstatus.VOORBEELD);
    }
}
