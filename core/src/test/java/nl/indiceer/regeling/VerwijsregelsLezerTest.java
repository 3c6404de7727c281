package nl.indiceer.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading the rulebook's 'verwijzing' (001:4298, 2802-2808, 3132-3134; 002:198-209): good data loads, wrong is refused. */
class VerwijsregelsLezerTest {

    private static final String GOED = Proef.GOED + """
            verwijzing:
              alleen_door:
                - {producten: [begeleiding], verwijzers: [gemeentelijke_toegang], anders_in_afstemming: true, bron: "P:4"}
              einde_uiterlijk_maatregel: {verwijzers: [gecertificeerde_instelling], bron: "P:5", onduidelijk: "doorlopen?"}
              intake_binnen: {verwijzers: [huisarts, jeugdarts], maanden: 12, bron: "P:6"}
            """;

    @Test
    void goedeRegelsWordenGelezenMetBron() {
        Verwijsregels v = Proef.lees(GOED).verwijsregels();
        assertThat(v.alleenDoor()).singleElement().satisfies(a -> {
            assertThat(a.producten()).containsExactly("begeleiding");
            assertThat(a.verwijzers()).containsExactly(Verwijzer.GEMEENTELIJKE_TOEGANG);
            assertThat(a.inAfstemming()).isTrue();
        });
        assertThat(v.maatregel().onduidelijk()).isEqualTo("doorlopen?");
        assertThat(v.intaketermijn().maanden()).isEqualTo(12);
        assertThat(v.intaketermijn().verwijzers()).containsExactlyInAnyOrder(Verwijzer.HUISARTS, Verwijzer.JEUGDARTS);
        assertThat(Proef.lees(Proef.GOED).verwijsregels().isLeeg()).isTrue();
    }

    @Test
    void onbekendeOfDubbeleVerwijzer() {
        assertThat(Proef.problemen(GOED.replace("[huisarts, jeugdarts]", "[huisarts, tandarts]"))).singleElement().satisfies(p -> {
            assertThat(p.veld()).isEqualTo("verwijzing.intake_binnen.verwijzers");
            assertThat(p.melding()).contains("onbekende verwijzer 'tandarts'").contains("medisch_specialist");
        });
        assertThat(Proef.problemen(GOED.replace("[huisarts, jeugdarts]", "[huisarts, huisarts]")))
                .singleElement().satisfies(p -> assertThat(p.melding()).contains("twee keer"));
        assertThat(Proef.problemen(GOED.replace("verwijzers: [gecertificeerde_instelling], ", "")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verwijzing.einde_uiterlijk_maatregel.verwijzers"));
    }

    @Test
    void maandenEnProductenEnSleutels() {
        assertThat(Proef.problemen(GOED.replace("maanden: 12", "maanden: 0")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verwijzing.intake_binnen.maanden"));
        assertThat(Proef.problemen(GOED.replace("producten: [begeleiding]", "producten: [begeleidng]")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verwijzing.alleen_door[0].producten"));
        assertThat(Proef.problemen(GOED.replace("maanden: 12,", "maanden: 12, dagen: 3,")))
                .singleElement().satisfies(p -> assertThat(p.veld()).isEqualTo("verwijzing.intake_binnen.dagen"));
    }
}
