package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Reading age exceptions (001:586-590, 694-710, 7670-7672; 002:710-715): {@code leeftijd.uitzonderingen} and
 * {@code verlengde_jeugdhulp}; good data loads, wrong is refused with its path.
 */
class LeeftijdsuitzonderingLezerTest {

    private static final String GOED = Proef.GOED + """
                leeftijd:
                  vanaf: 15
                  tot: 18
                  bron: "P:4"
                  uitzonderingen:
                    - {vanaf: 12, bron: "P:5"}
                    - {maanden_na_tot: 3, een_van: [afgerond], bron: "P:6", onduidelijk: "hoe lang?"}
            combinaties:
              feiten:
                - {naam: afgerond, vraag: "Afgerond?", bron: "P:7"}
                - {naam: bepaald, vraag: "Bepaald?", bron: "P:7"}
            verlengde_jeugdhulp: {tot: 23, een_van: [afgerond, bepaald], bron: "P:8"}
            """;

    @Test
    void goedeUitzonderingenWordenGelezenMetBron() {
        Regeling r = Proef.lees(GOED);
        Leeftijd l = r.product("begeleiding").grenzen().leeftijd();
        assertThat(l.uitzonderingen()).hasSize(2);
        assertThat(l.uitzonderingen().get(0).vanaf()).isEqualTo(12);
        assertThat(l.uitzonderingen().get(0).eenVan()).isEmpty();
        assertThat(l.uitzonderingen().get(1).maandenNaTot()).isEqualTo(3);
        assertThat(l.uitzonderingen().get(1).eenVan()).containsExactly("afgerond");
        assertThat(l.uitzonderingen().get(1).onduidelijk()).isEqualTo("hoe lang?");
        assertThat(l.uitzonderingen().get(1).bron().kort()).isEqualTo("P:6");
        assertThat(r.tijdsverloop().verlengdeJeugdhulp().tot()).isEqualTo(23);
        assertThat(r.tijdsverloop().verlengdeJeugdhulp().eenVan()).containsExactly("afgerond", "bepaald");
        assertThat(Proef.lees(Proef.GOED).tijdsverloop().verlengdeJeugdhulp()).isNull();
    }

    @Test
    void preciesEenGrensPerUitzondering() {
        assertThat(Proef.problemen(GOED.replace("{vanaf: 12, bron", "{vanaf: 12, tot: 20, bron"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("precies een van vanaf, tot of maanden_na_tot"));
        assertThat(Proef.problemen(GOED.replace("{vanaf: 12, bron", "{bron"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("precies een"));
    }

    @Test
    void uitzonderingLigtBuitenDeNorm() {
        assertThat(Proef.problemen(GOED.replace("{vanaf: 12,", "{vanaf: 16,"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("producten[0].leeftijd.uitzonderingen[0].vanaf");
            assertThat(p.melding()).contains("onder de leeftijd 'vanaf' (15)");
        });
        assertThat(Proef.problemen(GOED.replace("{vanaf: 12,", "{tot: 17,"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("boven de leeftijd 'tot' (18)"));
        assertThat(Proef.problemen(GOED.replace("maanden_na_tot: 3", "maanden_na_tot: 0"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("producten[0].leeftijd.uitzonderingen[1].maanden_na_tot"));
        assertThat(Proef.problemen(GOED.replace("verlengde_jeugdhulp: {tot: 23", "verlengde_jeugdhulp: {tot: 18")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verlengde_jeugdhulp.tot"));
        assertThat(Proef.problemen(GOED.replace("verlengde_jeugdhulp: {tot: 23", "verlengde_jeugdhulp: {vanaf: 12")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verlengde_jeugdhulp.vanaf"));
    }

    @Test
    void feitenMoetenGedeclareerdZijn() {
        assertThat(Proef.problemen(GOED.replace("een_van: [afgerond]", "een_van: [afgrond]"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("producten[0].leeftijd.uitzonderingen[1].een_van");
            assertThat(p.melding()).contains("onbekend feit 'afgrond'").contains("afgerond, bepaald");
        });
        assertThat(Proef.problemen(GOED.replace("[afgerond, bepaald]", "[afgerond, gedaan]"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("verlengde_jeugdhulp.een_van"));
        assertThat(Proef.problemen(GOED.replace("bron: \"P:6\",", "bron: \"P:6\", tenzij: x,"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("producten[0].leeftijd.uitzonderingen[1].tenzij"));
    }
}
