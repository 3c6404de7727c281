package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the region's stated utilisation figures: a range stays a range, amounts become a share, wrong data is refused. */
class BenuttingLezerTest {

    private static final String GOED = Proef.GOED + """
            benutting:
              - {omschrijving: "Begeleiding, PxQ", producten: [begeleiding], laag: 0.50, hoog: 0.70, bron: "P:4",
                 onduidelijk: "welk cijfer"}
              - {omschrijving: "GGZ-traject", ingezet: 2350, geindiceerd: 5000, bron: "P:5",
                 onduidelijk: "geen product"}
            """;

    @Test
    void eenBereikBlijftEenBereikEnHoeveelhedenWordenEenAandeel() {
        Regeling r = Proef.lees(GOED);
        Benuttingscijfer begeleiding = r.benutting("begeleiding");
        assertThat(begeleiding.isBereik()).isTrue();
        assertThat(begeleiding.laag()).isEqualByComparingTo("0.50");
        assertThat(begeleiding.hoog()).isEqualByComparingTo("0.70");
        assertThat(begeleiding.voorPrognose()).isEqualByComparingTo("0.70");
        assertThat(begeleiding.bron().plaats()).isEqualTo("4");
        Benuttingscijfer ggz = r.benutting().get(1);
        assertThat(ggz.laag()).isEqualByComparingTo("0.47");
        assertThat(ggz.isBereik()).isFalse();
        assertThat(ggz.producten()).isEmpty();
        assertThat(r.benutting("iets-anders")).isNull();
        assertThat(Proef.lees(Proef.GOED).benutting()).isEmpty();
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("hoog: 0.70", "hoog: 70"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("benutting[0].hoog"));
        assertThat(Proef.problemen(GOED.replace("laag: 0.50, hoog: 0.70", "laag: 0.80, hoog: 0.70"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("lager dan laag"));
        assertThat(Proef.problemen(GOED.replace("ingezet: 2350", "ingezet: 6000"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("benutting[1].ingezet"));
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding]", "producten: [begeleidng]"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("onbekend product 'begeleidng'"));
        assertThat(Proef.problemen(GOED.replace(", bron: \"P:5\",\n     onduidelijk: \"geen product\"", ", bron: \"P:5\"")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("benutting[1].onduidelijk"));
        assertThat(Proef.problemen(GOED.replace("laag: 0.50, hoog: 0.70", "waarde: 0.5, hoog: 0.70"))).isNotEmpty();
        assertThat(Proef.problemen(GOED.replace("ingezet: 2350, geindiceerd: 5000", "producten: [begeleiding], waarde: 0.6")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("heeft al een benuttingscijfer"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:4\"", "bron: \"Q:4\""))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("onbekende bron 'Q'"));
    }
}
