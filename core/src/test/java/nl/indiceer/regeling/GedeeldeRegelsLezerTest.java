package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules over time and over several products (issue 9) are data with a bron: consult, periodelimieten,
 * verhoudingen and gezamenlijke_duur are read exactly, and wrong data is refused with its path and a reason.
 */
class GedeeldeRegelsLezerTest {

    /** The proef rulebook with a second product in etmalen, a third in dagdelen and a traject. */
    private static final String BASIS = Proef.GOED + """
              - code: logeren
                naam: Logeren
                eenheid: etmaal
                bron: "P:4"
              - code: logeren-dagdeel
                naam: Logeren dagdeel
                eenheid: dagdeel
                bron: "P:5"
              - code: diagnostiek
                naam: Diagnostiek
                eenheid: traject
                bron: "P:6"
            """;

    private static final String GOED = BASIS.replace("    eenheid: uur\n    bron: \"P:2\"\n", """
                eenheid: uur
                bron: "P:2"
                consult: {minimaal: 20, maximaal: 45, eenheid: minuut, bron: "P:7"}
            """) + """
            periodelimieten:
              - {producten: [begeleiding], maximaal: 6, eenheid: consult, per_maanden: 12, bron: "P:8"}
              - {producten: [logeren], maximaal: 16, eenheid: etmaal, per_maanden: 8, aard: richtlijn, aard_bron: "P:12", bron: "P:9", onduidelijk: "x"}
            verhoudingen:
              - producten: [logeren-dagdeel]
                per: [logeren]
                maximaal: 2
                omrekening:
                  - {tot_en_met_uren: 26, aantal: 0}
                  - {tot_en_met_uren: 30, aantal: 1}
                  - {tot_en_met_uren: 34, aantal: 2}
                bron: "P:10"
            gezamenlijke_duur:
              - {producten: [diagnostiek, begeleiding], maximaal_maanden: 18, meten_tot: inzet, bron: "P:11"}
            """;

    @Test
    void deRegelsWordenGelezenMetHunBron() {
        Regeling r = Proef.lees(GOED);
        Consultduur consult = r.product("begeleiding").grenzen().consult();
        assertThat(consult.minimaal()).isEqualByComparingTo("20");
        assertThat(consult.maximaal()).isEqualByComparingTo("45");
        assertThat(consult.eenheid()).isEqualTo(Eenheid.MINUUT);
        assertThat(consult.bron().kort()).isEqualTo("P:7");
        List<Periodelimiet> limieten = r.gedeeld().periodelimieten();
        assertThat(limieten).hasSize(2);
        assertThat(limieten.get(0).consulten()).isTrue();
        assertThat(limieten.get(0).maanden()).isEqualTo(12);
        assertThat(limieten.get(1).eenheid()).isEqualTo(Eenheid.ETMAAL);
        assertThat(limieten.get(1).richtlijn()).isTrue();
        assertThat(limieten.get(1).onduidelijk()).isEqualTo("x");
        Verhouding v = r.gedeeld().verhoudingen().get(0);
        assertThat(v.producten()).containsExactly("logeren-dagdeel");
        assertThat(v.per()).containsExactly("logeren");
        assertThat(v.omrekening()).hasSize(3);
        assertThat(v.bron().kort()).isEqualTo("P:10");
        GezamenlijkeDuur d = r.gedeeld().gezamenlijkeDuur().get(0);
        assertThat(d.totInzet()).isTrue();
        assertThat(d.maximaalMaanden()).isEqualByComparingTo("18");
    }

    @Test
    void eenGroepWordtUitgeschrevenInProductcodes() {
        Regeling r = Proef.lees(BASIS + """
                combinaties:
                  groepen:
                    - {naam: "Alles logeren", producten: [logeren]}
                periodelimieten:
                  - {producten: ["Alles logeren"], maximaal: 16, eenheid: etmaal, per_maanden: 8, bron: "P:8"}
                """);
        assertThat(r.gedeeld().periodelimieten().get(0).producten()).containsExactly("logeren");
    }

    @Test
    void zonderDezeRegelsIsErNiets() {
        assertThat(Proef.lees(Proef.GOED).gedeeld().isLeeg()).isTrue();
    }

    @Test
    void consultZonderGrenzenOfMetMinimumBovenMaximum() {
        assertThat(Proef.problemen(GOED.replace("consult: {minimaal: 20, maximaal: 45,", "consult: {")))
                .anySatisfy(p -> {
                    assertThat(p.veld()).isEqualTo("producten[0].consult");
                    assertThat(p.melding()).contains("minimaal, maximaal of beide");
                });
        assertThat(Proef.problemen(GOED.replace("minimaal: 20, maximaal: 45", "minimaal: 50, maximaal: 45")))
                .anySatisfy(p -> {
                    assertThat(p.veld()).isEqualTo("producten[0].consult.minimaal");
                    assertThat(p.melding()).contains("meer dan maximaal");
                });
        assertThat(Proef.problemen(GOED.replace("eenheid: minuut, bron: \"P:7\"", "eenheid: etmaal, bron: \"P:7\"")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("producten[0].consult.eenheid"));
    }

    @Test
    void periodelimietMetVerkeerdeWaarden() {
        assertThat(Proef.problemen(GOED.replace("per_maanden: 8,", "per_maanden: 0,"))).anySatisfy(p -> {
            assertThat(p.veld()).isEqualTo("periodelimieten[1].per_maanden");
            assertThat(p.melding()).contains("tussen 1 en 120");
        });
        assertThat(Proef.problemen(GOED.replace("maximaal: 16, eenheid: etmaal", "maximaal: -16, eenheid: etmaal")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("periodelimieten[1].maximaal"));
        assertThat(Proef.problemen(GOED.replace("maximaal: 16, eenheid: etmaal", "maximaal: 16, eenheid: traject")))
                .anySatisfy(p -> {
                    assertThat(p.veld()).isEqualTo("periodelimieten[1].eenheid");
                    assertThat(p.melding()).contains("consult");
                });
        assertThat(Proef.problemen(GOED.replace("producten: [logeren], maximaal: 16", "producten: [logeren], maximaal: 16, per: WEEK")))
                .anySatisfy(p -> {
                    assertThat(p.veld()).isEqualTo("periodelimieten[1].per");
                    assertThat(p.melding()).isEqualTo("onbekend veld");
                });
    }

    @Test
    void periodelimietTeltAlleenWatInDieEenheidTeTellenIs() {
        assertThat(Proef.problemen(GOED.replace("producten: [logeren], maximaal: 16", "producten: [logeren, begeleiding], maximaal: 16")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("periodelimieten[1].producten");
                    assertThat(p.melding()).contains("'begeleiding' wordt in uur geïndiceerd");
                });
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding], maximaal: 6, eenheid: consult",
                "producten: [logeren], maximaal: 6, eenheid: consult"))).singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("periodelimieten[0].eenheid");
                    assertThat(p.melding()).contains("geen regel 'consult'");
                });
        assertThat(Proef.problemen(GOED.replace("producten: [logeren], maximaal: 16", "producten: [logeer], maximaal: 16")))
                .anySatisfy(p -> assertThat(p.melding()).contains("onbekend product of onbekende groep 'logeer'"));
    }

    @Test
    void verhoudingMetTabelDieNietKlopt() {
        assertThat(Proef.problemen(GOED.replace("    maximaal: 2\n", "    maximaal: 3\n"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("verhoudingen[0].maximaal");
            assertThat(p.melding()).contains("de laatste rij van 'omrekening' geeft 2");
        });
        assertThat(Proef.problemen(GOED.replace("{tot_en_met_uren: 30, aantal: 1}", "{tot_en_met_uren: 26, aantal: 1}")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("verhoudingen[0].omrekening[1].tot_en_met_uren"));
        assertThat(Proef.problemen(GOED.replace("{tot_en_met_uren: 30, aantal: 1}", "{tot_en_met_uren: 30, aantal: -1}")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("verhoudingen[0].omrekening[1].aantal"));
        assertThat(Proef.problemen(GOED.replace("    per: [logeren]\n", "    per: [logeren, begeleiding]\n")))
                .anySatisfy(p -> {
                    assertThat(p.veld()).isEqualTo("verhoudingen[0].per");
                    assertThat(p.melding()).contains("één eenheid aan elke kant");
                });
        assertThat(Proef.problemen(GOED.replace("    per: [logeren]\n", "    per: [logeren-dagdeel]\n")))
                .anySatisfy(p -> assertThat(p.melding()).contains("staat ook onder 'producten'"));
    }

    @Test
    void gezamenlijkeDuurVanEenProductOfMetOnbekendeMaat() {
        assertThat(Proef.problemen(GOED.replace("producten: [diagnostiek, begeleiding], maximaal_maanden: 18",
                "producten: [diagnostiek], maximaal_maanden: 18"))).singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("gezamenlijke_duur[0].producten");
                    assertThat(p.melding()).contains("minstens twee producten");
                });
        assertThat(Proef.problemen(GOED.replace("meten_tot: inzet", "meten_tot: evaluatie"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("gezamenlijke_duur[0].meten_tot"));
        assertThat(Proef.problemen(GOED.replace("maximaal_maanden: 18", "maximaal_maanden: 121"))).singleElement()
                .satisfies(p -> assertThat(p.melding()).contains("meer dan 120 maanden"));
        assertThat(Proef.problemen(GOED.replace(", meten_tot: inzet, bron: \"P:11\"", ", meten_tot: inzet"))).singleElement()
                .satisfies(p -> assertThat(p.veld()).isEqualTo("gezamenlijke_duur[0].bron"));
    }
}
