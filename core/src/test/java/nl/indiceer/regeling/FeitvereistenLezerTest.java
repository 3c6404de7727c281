package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading typed facts (feiten[].soort) and vereiste_feiten: good data loads with its bron, wrong data is refused with
 * path and reason.
 */
class FeitvereistenLezerTest {

    private static final String GOED = Proef.GOED + """
            combinaties:
              feiten:
                - {naam: iq, soort: getal, vraag: "IQ?", bron: "P:6"}
                - {naam: leerplichtig, vraag: "Leerplichtig?", bron: "P:7"}
                - {naam: plan, soort: ja_nee, vraag: "Plan?", bron: "P:8"}
              vereiste_feiten:
                - {producten: [begeleiding], feit: iq, groter_dan: 141, bron: "P:9"}
                - {producten: [begeleiding], feit: plan, als: leerplichtig, vanaf_leeftijd: 16, bron: "P:10", onduidelijk: "welke leeftijd?"}
            """;

    @Test
    void goedeRegelsWordenGelezenMetBron() {
        Combinaties c = Proef.lees(GOED).combinaties();
        assertThat(c.tijdregels().feit("iq").soort()).isEqualTo(Feitsoort.GETAL);
        assertThat(c.tijdregels().feit("leerplichtig").soort()).isEqualTo(Feitsoort.JA_NEE);
        Feitvereiste iq = c.feitvereisten().get(0);
        assertThat(iq.groterDan()).isEqualByComparingTo("141");
        assertThat(iq.bron().tekst()).isEqualTo("proef.txt r. 9");
        Feitvereiste plan = c.feitvereisten().get(1);
        assertThat(plan.als()).isEqualTo("leerplichtig");
        assertThat(plan.vanafLeeftijd()).isEqualTo(16);
        assertThat(plan.onduidelijk()).isEqualTo("welke leeftijd?");
    }

    @Test
    void onbekendeSoort() {
        // the fact then counts as true/false, so its groter_dan is refused too
        assertThat(Proef.problemen(GOED.replace("soort: getal", "soort: tekst")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("combinaties.feiten[0].soort"));
    }

    @Test
    void onbekendFeit() {
        assertThat(Proef.problemen(GOED.replace("feit: iq,", "feit: ik,"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[0].feit");
            assertThat(p.melding()).contains("onbekend feit 'ik'");
        });
    }

    @Test
    void eenGetalVraagtGroterDanEnEenJaNeeFeitNiet() {
        assertThat(Proef.problemen(GOED.replace(", groter_dan: 141", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[0].groter_dan"));
        assertThat(Proef.problemen(GOED.replace("feit: plan,", "feit: plan, groter_dan: 1,"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[1].groter_dan");
            assertThat(p.melding()).contains("ja/nee-feit");
        });
    }

    @Test
    void alsIsEenBekendJaNeeFeit() {
        assertThat(Proef.problemen(GOED.replace("als: leerplichtig", "als: iq"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[1].als");
            assertThat(p.melding()).contains("geen ja/nee-feit");
        });
        assertThat(Proef.problemen(GOED.replace("als: leerplichtig", "als: leerplichtg"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("onbekend feit 'leerplichtg'"));
    }

    @Test
    void leeftijdBinnenGrenzenEnBekendeProducten() {
        assertThat(Proef.problemen(GOED.replace("vanaf_leeftijd: 16", "vanaf_leeftijd: 40"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[1].vanaf_leeftijd"));
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding], feit: iq", "producten: [begeleidng], feit: iq")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("begeleidng"));
        assertThat(Proef.problemen(GOED.replace(", bron: \"P:9\"", ""))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.vereiste_feiten[0].bron"));
    }
}
