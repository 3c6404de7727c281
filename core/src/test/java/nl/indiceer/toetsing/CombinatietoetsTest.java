package nl.indiceer.toetsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinatietoetsTest {

    private static LocalDate[] p(String van, String tot) {
        return new LocalDate[] {LocalDate.parse(van), LocalDate.parse(tot)};
    }

    @Test
    void gedekteDagenTeltOverlapEenKeer() {
        // January (31 days) twice, overlapping halves, plus 1-10 March: 31 + 10 days.
        List<LocalDate[]> stukken = new ArrayList<>(List.of(p("2025-03-01", "2025-03-10"), p("2025-01-01", "2025-01-20"),
                p("2025-01-15", "2025-01-31"), p("2025-01-05", "2025-01-06")));
        assertThat(Combinatietoets.gedekteDagen(stukken)).isEqualTo(41);
    }

    @Test
    void aansluitendePeriodenZijnSamenDeHeleDuur() {
        List<LocalDate[]> stukken = new ArrayList<>(List.of(p("2025-01-01", "2025-06-30"), p("2025-07-01", "2025-12-31")));
        assertThat(Combinatietoets.gedekteDagen(stukken)).isEqualTo(365);
        assertThat(Combinatietoets.gedekteDagen(new ArrayList<>())).isZero();
    }
}
