package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading the conditions of a voorwaardelijk pair (aanbieder, alleen_als, voorwaarden_volledig; stapelingsmatrix
 * footnotes 2, 4, 7, 8, 9, 13, 001:4244-4327): good data loads, wrong data is refused with path and reason.
 */
class StapelingsvoorwaardenLezerTest {

    private static final String GOED = Proef.GOED + """
              - code: tweede
                naam: Tweede
                eenheid: uur
                bron: "P:5"
            combinaties:
              feiten:
                - {naam: ander_doel, vraag: "Een ander doel?", bron: "P:6"}
              voetnoten:
                - {nummer: 7, tekst: "Alleen bij twee aanbieders.", bron: "P:7"}
              paren:
                - {a: begeleiding, b: tweede, oordeel: voorwaardelijk, voetnoot: 7, aanbieder: verschillend, alleen_als: [ander_doel], voorwaarden_volledig: true, bron: "P:8"}
            """;

    @Test
    void goedeVoorwaardenWordenGelezen() {
        Paar p = Proef.lees(GOED).combinaties().paren().get(0);
        assertThat(p.voorwaarden().aanbieder()).isEqualTo(Aanbiederregel.VERSCHILLEND);
        assertThat(p.voorwaarden().alleenAls()).containsExactly("ander_doel");
        assertThat(p.voorwaarden().volledig()).isTrue();
        assertThat(Proef.lees(GOED.replace("aanbieder: verschillend", "aanbieder: in_principe_verschillend"))
                .combinaties().paren().get(0).voorwaarden().aanbieder()).isEqualTo(Aanbiederregel.IN_PRINCIPE_VERSCHILLEND);
    }

    @Test
    void eenPaarZonderVoorwaardenHeeftGeen() {
        Paar p = Proef.lees(GOED.replace(", aanbieder: verschillend, alleen_als: [ander_doel], voorwaarden_volledig: true", ""))
                .combinaties().paren().get(0);
        assertThat(p.voorwaarden().isLeeg()).isTrue();
    }

    @Test
    void onbekendeAanbiederregel() {
        assertThat(Proef.problemen(GOED.replace("aanbieder: verschillend", "aanbieder: anders")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("combinaties.paren[0].aanbieder");
                    assertThat(p.melding()).contains("verschillend, in_principe_verschillend, zelfde_toegestaan");
                });
    }

    @Test
    void alleenAlsNoemtEenGedeclareerdFeit() {
        assertThat(Proef.problemen(GOED.replace("alleen_als: [ander_doel]", "alleen_als: [andere_doel]")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("combinaties.paren[0].alleen_als");
                    assertThat(p.melding()).contains("onbekend feit 'andere_doel'").contains("ander_doel");
                });
        assertThat(Proef.problemen(GOED.replace("alleen_als: [ander_doel]", "alleen_als: [ander_doel, ander_doel]")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("twee keer"));
    }

    @Test
    void voorwaardenAlleenBijVoorwaardelijk() {
        assertThat(Proef.problemen(GOED.replace("oordeel: voorwaardelijk", "oordeel: niet_mogelijk")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("combinaties.paren[0].aanbieder");
                    assertThat(p.melding()).contains("alleen bij oordeel voorwaardelijk").contains("tenzij");
                });
    }

    @Test
    void volledigZonderVoorwaardenIsEenFout() {
        assertThat(Proef.problemen(GOED.replace("aanbieder: verschillend, alleen_als: [ander_doel], ", "")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.paren[0].voorwaarden_volledig"));
    }
}
