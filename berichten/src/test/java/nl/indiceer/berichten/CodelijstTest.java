package nl.indiceer.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The official code lists read at run time from the configured folder, never from the repository. */
class CodelijstTest {

    @Test
    void deRetourcodesKomenUitDeOfficieleLijst() {
        Codelijst wj001 = Codelijst.uit(Istandaarden.vereist(), "ijw", "WJ001");
        // ijw/codelijsten/WJ001_Retourcode.md, tables "Algemene technische retourcodes" and "... antwoordberichten"
        assertThat(wj001.betekenis("0200")).isEqualTo("Geen opmerking over deze berichtklasse.");
        assertThat(wj001.betekenis("9360")).startsWith("Er is al een antwoordbericht met deze ReferentieAanbieder");
        assertThat(wj001.betekenis("S300")).isEqualTo("Gemeentecode ongeldig.");
        assertThat(wj001.betekenis("ID")).isNull();
        assertThat(wj001.betekenis("ZZ99")).isNull();
    }

    @Test
    void zonderMapOfLijstIsErGeenBetekenis() {
        assertThat(Codelijst.uit(null, "ijw", "WJ001").isLeeg()).isTrue();
        assertThat(Codelijst.uit(Path.of("bestaat-niet"), "ijw", "WJ001").betekenis("0200")).isNull();
    }

    @Test
    void eenTabelregelGeeftCodeEnBetekenisDeEersteTelt() {
        Codelijst l = Codelijst.lees("""
                | Code | Betekenis |
                |---|---|
                | 0001 | Eerste. | TR1 |
                | ID | WJ001 |
                | 0001 | Tweede. |
                """);
        assertThat(l.betekenis("0001")).isEqualTo("Eerste.");
        assertThat(l.betekenis("ID")).isNull();
        assertThat(l.betekenis("Code")).isNull();
    }
}
