package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading declaratieregels: good data loads, wrong data is refused with its path. */
class DeclaratieregelsLezerTest {

    private static final String GOED = Proef.GOED + """
            declaratieregels:
              no_show:
                - {producten: [begeleiding], declarabel: true, maximaal_per_kalenderjaar: 3, bron: "P:4"}
                - {declarabel: false, bron: "P:5", onduidelijk: "welke afwezigheid"}
              geplande_afwezigheid:
                - {declarabel: false, bron: "P:6"}
              lange_afwezigheid:
                - {producten: [begeleiding], meer_dan_afwezig: 0.5, volledig_weken: 3, daarna_maximaal: 0.8, bron: "P:7"}
              groepstijd:
                - {producten: [begeleiding], tijd: groep, factor: 1.5, bron: "P:8"}
            """;

    @Test
    void goedeRegelsWordenGelezen() {
        Declaratieregels d = Proef.lees(GOED).declaratieregels();
        assertThat(d.noShowVoor("begeleiding").maximaalPerKalenderjaar()).isEqualTo(3);
        assertThat(d.noShowVoor("iets-anders").declarabel()).isFalse();
        assertThat(d.noShowVoor("iets-anders").onduidelijk()).isEqualTo("welke afwezigheid");
        assertThat(d.langeAfwezigheidVoor("begeleiding").daarnaMaximaal()).isEqualByComparingTo("0.8");
        assertThat(d.groepstijdVoor("begeleiding").factor()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(d.geplandeAfwezigheidVoor("x").bron().plaats()).isEqualTo("6");
        assertThat(Proef.lees(Proef.GOED).declaratieregels().isLeeg()).isTrue();
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding], declarabel: true", "producten: [begeleidng], declarabel: true")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("declaratieregels.no_show[0].producten");
                    assertThat(p.melding()).contains("onbekend product 'begeleidng'");
                });
        assertThat(Proef.problemen(GOED.replace("daarna_maximaal: 0.8", "daarna_maximaal: 80"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("declaratieregels.lange_afwezigheid[0].daarna_maximaal"));
        assertThat(Proef.problemen(GOED.replace("tijd: groep", "tijd: uren"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("declaratieregels.groepstijd[0].tijd"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:6\"}", "bron: \"P:6\", dagen: 2}"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("declaratieregels.geplande_afwezigheid[0].dagen"));
        assertThat(Proef.problemen(GOED.replace("{declarabel: false, bron: \"P:5\"", "{declarabel: false, maximaal_per_kalenderjaar: 2, bron: \"P:5\"")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("alleen bij een declarabele no-show"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:8\"", "bron: \"Q:8\""))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("onbekende bron 'Q'"));
        assertThat(Proef.problemen(GOED.replace("  groepstijd:", "  groepen:"))).isNotEmpty();
    }
}
