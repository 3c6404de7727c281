package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading combinaties.feiten, tenzij, niet_op_dezelfde_dag, in_aanvraag, bij_start, volgorde,
 * pauzeert_andere_hulp and afschaling: good data loads with its bron, wrong data is refused with path and reason.
 */
class TijdregelsLezerTest {

    private static final String MET_TWEE = Proef.GOED + """
              - code: logeren
                naam: Logeren
                eenheid: etmaal
                bron: "P:5"
            """;

    private static final String GOED = MET_TWEE + """
            combinaties:
              feiten:
                - {naam: risicovol, vraag: "Risicovolle handelingen?", bron: "P:6"}
              paren:
                - {a: begeleiding, b: logeren, oordeel: niet_mogelijk, tenzij: risicovol, bron: "P:7"}
              vereist:
                - {producten: [logeren], met: [begeleiding], tenzij: risicovol, in_aanvraag: true, bij_start: true, bron: "P:8"}
              volgorde:
                - {eerst: [begeleiding], dan: [logeren], bron: "P:9", onduidelijk: "hoe lang?"}
              pauzeert_andere_hulp:
                - {producten: [logeren], bron: "P:10"}
              afschaling:
                - {van: [logeren], naar: [begeleiding], overlap_minimaal_maanden: 3, overlap_maximaal_maanden: 6, bron: "P:11"}
            """;

    @Test
    void goedeRegelsWordenGelezenMetBron() {
        Regeling r = Proef.lees(GOED);
        Combinaties c = r.combinaties();
        assertThat(c.tijdregels().feit("risicovol").vraag()).isEqualTo("Risicovolle handelingen?");
        assertThat(c.paren().get(0).tenzij()).isEqualTo("risicovol");
        Vereiste v = c.vereisten().get(0);
        assertThat(v.inAanvraag()).isTrue();
        assertThat(v.bijStart()).isTrue();
        assertThat(c.tijdregels().volgorden().get(0).onduidelijk()).isEqualTo("hoe lang?");
        assertThat(c.tijdregels().pauzes().get(0).bron().tekst()).isEqualTo("proef.txt r. 10");
        assertThat(c.tijdregels().afschalingen().get(0).maximaalMaanden()).isEqualByComparingTo("6");
    }

    @Test
    void tenzijNoemtEenOnbekendFeit() {
        assertThat(Proef.problemen(GOED.replace("oordeel: niet_mogelijk, tenzij: risicovol", "oordeel: niet_mogelijk, tenzij: riscovol")))
                .singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("combinaties.paren[0].tenzij");
                    assertThat(p.melding()).contains("onbekend feit 'riscovol'").contains("risicovol");
                });
    }

    @Test
    void tenzijAlleenBijNietMogelijk() {
        assertThat(Proef.problemen(GOED.replace("oordeel: niet_mogelijk, tenzij", "oordeel: mogelijk, tenzij")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.paren[0].tenzij"));
    }

    @Test
    void nietOpDezelfdeDagAlleenBijVoorwaardelijk() {
        assertThat(Proef.problemen(GOED.replace("tenzij: risicovol, bron: \"P:7\"", "niet_op_dezelfde_dag: true, bron: \"P:7\"")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("combinaties.paren[0].niet_op_dezelfde_dag"));
    }

    @Test
    void feitnaamInSnakeCaseEnEenmalig() {
        assertThat(Proef.problemen(GOED.replace("naam: risicovol,", "naam: Risico Vol,")))
                .anySatisfy(p -> assertThat(p.veld()).isEqualTo("combinaties.feiten[0].naam"));
        assertThat(Proef.problemen(GOED.replace("""
                    - {naam: risicovol, vraag: "Risicovolle handelingen?", bron: "P:6"}
                """, """
                    - {naam: risicovol, vraag: "Risicovolle handelingen?", bron: "P:6"}
                    - {naam: risicovol, vraag: "Nog eens?", bron: "P:6"}
                """))).singleElement().satisfies(p -> {
                    assertThat(p.veld()).isEqualTo("combinaties.feiten[1].naam");
                    assertThat(p.melding()).contains("twee keer");
                });
    }

    @Test
    void afschalingGrenzenEnProducten() {
        List<Probleem> p = Proef.problemen(GOED.replace("overlap_minimaal_maanden: 3, overlap_maximaal_maanden: 6",
                "overlap_minimaal_maanden: 7, overlap_maximaal_maanden: 6"));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.veld()).isEqualTo("combinaties.afschaling[0].overlap_minimaal_maanden");
            assertThat(x.melding()).contains("meer dan overlap_maximaal_maanden");
        });
        assertThat(Proef.problemen(GOED.replace("overlap_minimaal_maanden: 3, overlap_maximaal_maanden: 6", "overlap_maximaal_maanden: 121")))
                .singleElement().satisfies(x -> assertThat(x.veld()).isEqualTo("combinaties.afschaling[0].overlap_maximaal_maanden"));
        assertThat(Proef.problemen(GOED.replace("overlap_minimaal_maanden: 3, overlap_maximaal_maanden: 6, ", "")))
                .singleElement().satisfies(x -> assertThat(x.melding()).contains("noemt overlap_minimaal_maanden"));
        assertThat(Proef.problemen(GOED.replace("naar: [begeleiding]", "naar: [logeren]")))
                .singleElement().satisfies(x -> assertThat(x.veld()).isEqualTo("combinaties.afschaling[0].naar"));
    }

    @Test
    void volgordeEnPauzeNoemenBestaandeProducten() {
        assertThat(Proef.problemen(GOED.replace("dan: [logeren]", "dan: [logerne]")))
                .singleElement().satisfies(x -> {
                    assertThat(x.veld()).isEqualTo("combinaties.volgorde[0].dan");
                    assertThat(x.melding()).contains("'logerne'");
                });
        assertThat(Proef.problemen(GOED.replace("- {producten: [logeren], bron: \"P:10\"}", "- {bron: \"P:10\"}")))
                .singleElement().satisfies(x -> assertThat(x.veld()).isEqualTo("combinaties.pauzeert_andere_hulp[0].producten"));
        assertThat(Proef.problemen(GOED.replace("in_aanvraag: true", "in_aanvraag: 3")))
                .singleElement().satisfies(x -> assertThat(x.veld()).isEqualTo("combinaties.vereist[0].in_aanvraag"));
    }
}
