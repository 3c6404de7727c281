package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the life-event rule (001:2556-2576): good data loads, wrong is refused with its path. */
class LifeEventLezerTest {

    private static final String GOED = Proef.GOED + """
            combinaties:
              feiten:
                - {naam: life_event, vraag: "Life-event?", bron: "P:7"}
            life_event:
              feit: life_event
              maandbedrag: looptijd_toewijzing
              deelmaand: telt_heel
              bron: "P:9"
              onduidelijk: "maandbedrag niet gedefinieerd"
            """;

    @Test
    void goedeRegelWordtGelezen() {
        LifeEvent l = Proef.lees(GOED).tijdsverloop().lifeEvent();
        assertThat(l.feit()).isEqualTo("life_event");
        assertThat(l.maandbedrag()).isEqualTo(LifeEvent.Maandbedrag.LOOPTIJD_TOEWIJZING);
        assertThat(l.deelmaand()).isEqualTo(LifeEvent.Deelmaand.TELT_HEEL);
        assertThat(l.bron().kort()).isEqualTo("P:9");
        assertThat(l.onduidelijk()).isEqualTo("maandbedrag niet gedefinieerd");
        assertThat(Proef.lees(GOED.replace("gemiddelde", "x").replace("looptijd_toewijzing", "gemiddelde_looptijd")
                .replace("telt_heel", "naar_dagen")).tijdsverloop().lifeEvent())
                .satisfies(x -> {
                    assertThat(x.maandbedrag()).isEqualTo(LifeEvent.Maandbedrag.GEMIDDELDE_LOOPTIJD);
                    assertThat(x.deelmaand()).isEqualTo(LifeEvent.Deelmaand.NAAR_DAGEN);
                });
        assertThat(Proef.lees(Proef.GOED).tijdsverloop().lifeEvent()).isNull();
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("feit: life_event", "feit: levensgebeurtenis"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("life_event.feit");
                    assertThat(p.melding()).contains("onbekend feit 'levensgebeurtenis'");
                });
        assertThat(Proef.problemen(GOED.replace("maandbedrag: looptijd_toewijzing", "maandbedrag: gemiddeld"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("life_event.maandbedrag"));
        assertThat(Proef.problemen(GOED.replace("  deelmaand: telt_heel\n", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("life_event.deelmaand"));
        assertThat(Proef.problemen(GOED.replace("  bron: \"P:9\"\n", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("life_event.bron"));
        assertThat(Proef.problemen(GOED.replace("deelmaand: telt_heel", "deelmaand: telt_heel\n  dagen: 3"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("life_event.dagen"));
    }
}
