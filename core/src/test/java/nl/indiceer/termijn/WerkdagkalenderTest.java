package nl.indiceer.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The Algemene termijnenwet's days (issue 10: "computed for any year"). */
class WerkdagkalenderTest {

    private final Werkdagkalender kalender = new Werkdagkalender();

    @Test
    void eerstePaasdagVolgensDeKalender() {
        // published Easter Sundays, including the earliest (22 March) and latest (25 April) possible ones
        assertThat(Werkdagkalender.eerstePaasdag(2024)).isEqualTo("2024-03-31");
        assertThat(Werkdagkalender.eerstePaasdag(2025)).isEqualTo("2025-04-20");
        assertThat(Werkdagkalender.eerstePaasdag(2026)).isEqualTo("2026-04-05");
        assertThat(Werkdagkalender.eerstePaasdag(2027)).isEqualTo("2027-03-28");
        assertThat(Werkdagkalender.eerstePaasdag(2038)).isEqualTo("2038-04-25");
        assertThat(Werkdagkalender.eerstePaasdag(2008)).isEqualTo("2008-03-23");
        assertThat(Werkdagkalender.eerstePaasdag(1943)).isEqualTo("1943-04-25");
        assertThat(Werkdagkalender.eerstePaasdag(1913)).isEqualTo("1913-03-23");
    }

    @Test
    void deFeestdagenVan2026() {
        assertThat(kalender.feestdagen(2026)).extracting(Feestdag::datum).map(LocalDate::toString).containsExactly(
                "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14", "2026-05-25", "2026-12-25",
                "2026-12-26");
    }

    @Test
    void goedeVrijdagIsGeenFeestdagVanDeWet() {
        assertThat(kalender.isWerkdag(LocalDate.of(2026, 4, 3))).isTrue();
    }

    @Test
    void koningsdagOpZondagWordt26April() {
        // 27 April 2025 and 2014 were Sundays
        assertThat(kalender.isFeestdag(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(kalender.isFeestdag(LocalDate.of(2025, 4, 27))).isFalse();
        assertThat(kalender.isFeestdag(LocalDate.of(2014, 4, 26))).isTrue();
        assertThat(kalender.isFeestdag(LocalDate.of(2026, 4, 27))).isTrue();
    }

    @Test
    void bevrijdingsdagElkJaarEnSamenMetHemelvaart() {
        assertThat(kalender.isFeestdag(LocalDate.of(2027, 5, 5))).isTrue();
        // 2016: Hemelvaartsdag fell on 5 May; one day, both names
        assertThat(kalender.feestdagen(2016)).filteredOn(f -> f.datum().equals(LocalDate.of(2016, 5, 5)))
                .extracting(Feestdag::naam).containsExactlyInAnyOrder("Bevrijdingsdag", "Hemelvaartsdag");
    }

    @Test
    void vijfWerkdagenOverKoningsdagEnBevrijdingsdag() {
        // received Friday 24 April 2026: Mon 27 (Koningsdag) does not count; 28, 29, 30 April, 1 May, 4 May;
        // Tuesday 5 May is Bevrijdingsdag
        assertThat(kalender.naWerkdagen(LocalDate.of(2026, 4, 24), 5)).isEqualTo("2026-05-04");
        assertThat(kalender.naWerkdagen(LocalDate.of(2026, 4, 24), 6)).isEqualTo("2026-05-06");
        // Christmas and New Year: received Wednesday 23 December 2026
        assertThat(kalender.naWerkdagen(LocalDate.of(2026, 12, 23), 5)).isEqualTo("2026-12-31");
        assertThat(kalender.naWerkdagen(LocalDate.of(2026, 12, 23), 6)).isEqualTo("2027-01-04");
        assertThat(kalender.naWerkdagen(LocalDate.of(2026, 12, 23), 0)).isEqualTo("2026-12-23");
    }

    @Test
    void termijnOpZaterdagSchuiftDoorNaarDeEerstvolgendeWerkdag() {
        assertThat(kalender.eerstvolgendeWerkdag(LocalDate.of(2026, 12, 26))).isEqualTo("2026-12-28");
        assertThat(kalender.eerstvolgendeWerkdag(LocalDate.of(2026, 12, 28))).isEqualTo("2026-12-28");
    }

    @Test
    void grenzen() {
        assertThatThrownBy(() -> kalender.naWerkdagen(LocalDate.of(2026, 1, 1), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> kalender.feestdagen(2201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(kalender.werkdagenTussen(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 1))).isZero();
    }

    @Property(tries = 300)
    void naWerkdagenIsEenWerkdagEnTeltTerug(@ForAll @IntRange(min = 0, max = 89_000) int dagnummer,
                                            @ForAll @IntRange(min = 1, max = 60) int n) {
        LocalDate van = LocalDate.of(1950, 1, 1).plusDays(dagnummer);
        LocalDate tot = kalender.naWerkdagen(van, n);
        assertThat(kalender.isWerkdag(tot)).isTrue();
        assertThat(kalender.werkdagenTussen(van, tot)).isEqualTo(n);
        assertThat(kalender.werkdagenTussen(van, tot.minusDays(1))).isEqualTo(n - 1);
    }

    @Property(tries = 100)
    void elkJaarAchtFeestdagenEnHooguitEenSamenvalling(@ForAll @IntRange(min = 1900, max = 2200) int jaar) {
        assertThat(kalender.feestdagen(jaar)).hasSize(8)
                .allSatisfy(f -> assertThat(f.datum().getYear()).isEqualTo(jaar));
    }
}
