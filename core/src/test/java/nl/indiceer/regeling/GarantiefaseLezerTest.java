package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the garantiefase (001:1837-1894, 2688-2694): good data loads, wrong is refused with its path. */
class GarantiefaseLezerTest {

    private static final String GOED = Proef.GOED + """
            combinaties:
              feiten:
                - {naam: zelfde_vraag, vraag: "Dezelfde hulpvraag?", bron: "P:7"}
            garantiefase:
              maanden: 6
              feit: zelfde_vraag
              segmenten:
                - {naam: "Segment 4", producten: [begeleiding], bron: "P:8"}
              bron: "P:9"
            """;

    @Test
    void goedeGarantiefaseWordtGelezen() {
        Garantiefase g = Proef.lees(GOED).tijdsverloop().garantiefase();
        assertThat(g.maanden()).isEqualTo(6);
        assertThat(g.feit()).isEqualTo("zelfde_vraag");
        assertThat(g.segment("begeleiding").naam()).isEqualTo("Segment 4");
        assertThat(g.segment("x")).isNull();
        assertThat(Proef.lees(Proef.GOED).tijdsverloop().garantiefase()).isNull();
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("maanden: 6", "maanden: 0"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("garantiefase.maanden"));
        assertThat(Proef.problemen(GOED.replace("feit: zelfde_vraag", "feit: andere_vraag"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("garantiefase.feit");
                    assertThat(p.melding()).contains("onbekend feit 'andere_vraag'");
                });
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding]", "producten: [begeleidng]"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("garantiefase.segmenten[0].producten"));
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding]", "producten: [begeleiding, begeleiding]")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("twee segmenten"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:9\"", "bron: \"P:9\"\n  dagen: 3"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("garantiefase.dagen"));
    }
}
