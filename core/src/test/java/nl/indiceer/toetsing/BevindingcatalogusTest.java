package nl.indiceer.toetsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.Repo;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import org.junit.jupiter.api.Test;

/**
 * The catalogue of findings is the one place a code is declared: its documentation table is generated from
 * it, and every template renders with the parameters it names.
 */
class BevindingcatalogusTest {

    private static final String BEGIN = "<!-- bevindingen: gegenereerd uit Bevindingcode, zie BevindingcatalogusTest -->";
    private static final String EINDE = "<!-- einde bevindingen -->";

    @Test
    void deTabelInDeDocumentatieIsDeCatalogus() throws IOException {
        Path doc = Repo.root().resolve("docs/aanvraag-formaat.md");
        String tekst = Files.readString(doc, StandardCharsets.UTF_8);
        String verwacht = tabel();
        Files.writeString(Path.of("target", "bevindingen-tabel.md"), verwacht);
        int begin = tekst.indexOf(BEGIN);
        int einde = tekst.indexOf(EINDE);
        assertThat(begin).as("markering in " + doc).isGreaterThanOrEqualTo(0);
        assertThat(einde).as("markering in " + doc).isGreaterThan(begin);
        String gedocumenteerd = tekst.substring(begin + BEGIN.length(), einde).strip();
        assertThat(gedocumenteerd).as("werk de tabel bij; de juiste staat in core/target/bevindingen-tabel.md")
                .isEqualTo(verwacht);
    }

    static String tabel() {
        List<String> regels = new ArrayList<>();
        regels.add("| code | standaard-ernst | waar vandaan | parameters |");
        regels.add("|---|---|---|---|");
        for (Bevindingcode c : Bevindingcode.values()) {
            regels.add("| `" + c.name() + "` | " + c.standaardErnst() + " | " + c.herkomst() + " | "
                    + String.join(", ", Bevindingtekst.parameternamen(c)) + " |");
        }
        return String.join("\n", regels);
    }

    @Test
    void elkSjabloonRendertMetDeParametersDieHetNoemt() {
        for (Bevindingcode c : Bevindingcode.values()) {
            List<Object> paren = new ArrayList<>();
            for (String naam : Bevindingtekst.parameternamen(c)) {
                paren.add(naam);
                paren.add("<" + naam + ">");
            }
            String tekst = Bevindingtekst.tekst(Bevinding.van(c, null, 0, paren.toArray()));
            assertThat(tekst).as(c.name()).isNotBlank().doesNotContain("{").doesNotContain("}");
        }
    }

    @Test
    void eenOntbrekendeVerplichteParameterValtOp() {
        assertThatThrownBy(() -> Bevindingtekst.tekst(Bevinding.van(Bevindingcode.VERLENGING_NIET_TOEGESTAAN, null, 0)))
                .hasMessageContaining("product");
    }

    @Test
    void keuzesEnLijstenWordenGoedGeschreven() {
        Bevinding richtlijn = Bevinding.van(Bevindingcode.LIMIET_PER_WEEK_OVERSCHREDEN, null, 0, "product", "Logeren",
                "volume", new BigDecimal("3.5"), "eenheid", Eenheid.ETMAAL, "per", nl.indiceer.regeling.Periode.WEEK,
                "maximum", new Hoeveelheid(BigDecimal.valueOf(3), Eenheid.ETMAAL), "richtlijn", true)
                .metErnst(Ernst.WAARSCHUWING);
        assertThat(Bevindingtekst.tekst(richtlijn)).isEqualTo("Logeren: 3,5 etmalen per week is meer dan de richtlijn van "
                + "3 etmalen per week. Afwijken kan bij uitzondering; motiveer waarom.");
        Bevinding maximum = Bevinding.van(Bevindingcode.LIMIET_PER_WEEK_OVERSCHREDEN, null, 0, "product", "Logeren",
                "volume", new BigDecimal("3.5"), "eenheid", Eenheid.ETMAAL, "per", nl.indiceer.regeling.Periode.WEEK,
                "maximum", new Hoeveelheid(BigDecimal.ONE, Eenheid.ETMAAL), "richtlijn", false, "variant", "A");
        assertThat(Bevindingtekst.tekst(maximum)).isEqualTo("Logeren: 3,5 etmalen per week is meer dan het maximum van "
                + "1 etmaal per week. (variant A)");
        Bevinding lijst = Bevinding.van(Bevindingcode.VEREISTE_COMBINATIE_ONTBREEKT, null, 0, "a", "Logeren",
                "met", List.of("Ambulante hulp", "Dagbehandeling"));
        assertThat(Bevindingtekst.tekst(lijst)).startsWith("Logeren kan alleen samen met Ambulante hulp of Dagbehandeling in");
    }
}
