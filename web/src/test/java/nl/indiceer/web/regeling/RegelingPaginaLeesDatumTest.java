package nl.indiceer.web.regeling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The peildatum: only an existing JJJJ-MM-DD within the rulebooks' date range. */
class RegelingPaginaLeesDatumTest {

    @Test
    void alleenEenBestaandeDatumAlsJjjjMmDd() {
        assertThat(RegelingPagina.leesDatum("2025-03-01")).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(RegelingPagina.leesDatum("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(RegelingPagina.leesDatum("2025-02-29")).isNull();
        assertThat(RegelingPagina.leesDatum("2025-3-1")).isNull();
        assertThat(RegelingPagina.leesDatum("01-03-2025")).isNull();
        assertThat(RegelingPagina.leesDatum("+2025-03-01")).isNull();
        assertThat(RegelingPagina.leesDatum("2025-03-01T00:00")).isNull();
        assertThat(RegelingPagina.leesDatum("１２３４-01-01")).as("digits from another script").isNull();
    }

    @Test
    void binnenHetBereikVanDeRegelingen() {
        assertThat(RegelingPagina.leesDatum("1900-01-01")).isEqualTo(RegelingPagina.VROEGST);
        assertThat(RegelingPagina.leesDatum("2200-12-31")).isEqualTo(RegelingPagina.LAATST);
        assertThat(RegelingPagina.leesDatum("1899-12-31")).isNull();
        assertThat(RegelingPagina.leesDatum("2201-01-01")).isNull();
    }
}
