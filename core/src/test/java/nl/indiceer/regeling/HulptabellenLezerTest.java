package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading hulptabellen (Achterhoek's table from contacts per week to minutes, 000:68-123): good data loads, wrong is refused with its path. */
class HulptabellenLezerTest {

    private static final String GOED = Proef.GOED + """
            hulptabellen:
              - naam: contacten_per_week
                omschrijving: "Gesprekken per week"
                telt: "gesprekken per week"
                per: WEEK
                aard: richtlijn
                aard_bron: "P:4"
                bron: "P:5"
                rijen:
                  - {keuze: een_gesprek, omschrijving: "1 gesprek", aantal_vanaf: 1, aantal_tot_en_met: 1, duur: 60, eenheid: minuut, reden: "enkelvoudig", bron: "P:6"}
                  - {keuze: meer, omschrijving: "2 of meer", aantal_vanaf: 2, duur: 1, eenheid: uur, reden: "n uur", bron: "P:7"}
            """;

    @Test
    void goedeHulptabelWordtGelezen() {
        Hulptabel t = Proef.lees(GOED).hulptabel("contacten_per_week");
        assertThat(t.per()).isEqualTo(Periode.WEEK);
        assertThat(t.aard().richtlijn()).isTrue();
        assertThat(t.aard().bron().plaats()).isEqualTo("4");
        assertThat(t.rijenVoor(BigDecimal.ONE)).extracting(Hulptabel.Rij::keuze).containsExactly("een_gesprek");
        assertThat(t.rijenVoor(BigDecimal.TEN)).extracting(Hulptabel.Rij::keuze).containsExactly("meer");
        assertThat(t.rij("meer").aantallen()).isEqualTo("2 of meer");
        assertThat(t.rij("een_gesprek").aantallen()).isEqualTo("1");
        assertThat(Proef.lees(Proef.GOED).hulptabellen()).isEmpty();
    }

    @Test
    void foutenMetPad() {
        assertThat(Proef.problemen(GOED.replace("naam: contacten_per_week", "naam: Contacten"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].naam"));
        assertThat(Proef.problemen(GOED.replace("keuze: meer", "keuze: een_gesprek"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("twee keer"));
        assertThat(Proef.problemen(GOED.replace("aantal_tot_en_met: 1, duur: 60", "aantal_tot_en_met: 0, duur: 60")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen[0].aantal_tot_en_met"));
        assertThat(Proef.problemen(GOED.replace("aantal_vanaf: 2,", "aantal_vanaf: 3, aantal_tot_en_met: 2,")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("onder aantal_vanaf"));
        assertThat(Proef.problemen(GOED.replace("duur: 60, eenheid: minuut", "duur: 60, eenheid: traject")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen[0].eenheid"));
        assertThat(Proef.problemen(GOED.replace("duur: 60,", "duur: 0,"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen[0].duur"));
        assertThat(Proef.problemen(GOED.replace("reden: \"n uur\", ", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen[1].reden"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:7\"}", "bron: \"Q:7\"}"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen[1].bron"));
        assertThat(Proef.problemen(GOED.replace("per: WEEK", "per: DAG"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].per"));
        assertThat(Proef.problemen(GOED.replace("    telt: \"gesprekken per week\"\n", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].telt"));
        assertThat(Proef.problemen(GOED.replace("    per: WEEK\n", "    per: WEEK\n    minuten: 3\n"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].minuten"));
        String zonderRijen = GOED.substring(0, GOED.indexOf("    rijen:")) + "    rijen: []\n";
        assertThat(Proef.problemen(zonderRijen)).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("hulptabellen[0].rijen"));
        String tweeKeer = GOED + GOED.substring(GOED.indexOf("  - naam: contacten_per_week"));
        assertThat(Proef.problemen(tweeKeer)).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("hulptabel 'contacten_per_week' staat er twee keer in"));
    }
}
