package nl.indiceer.toetsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LeeftijdstoetsTest {

    @Test
    void geborenOp29FebruariWordtAchttienOp1Maart() {
        LocalDate geboren = LocalDate.of(2008, 2, 29);
        assertThat(Leeftijdstoets.verjaardag(geboren, 18)).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Leeftijdstoets.leeftijdOp(geboren, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Leeftijdstoets.leeftijdOp(geboren, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Leeftijdstoets.verjaardag(LocalDate.of(2008, 5, 20), 18)).isEqualTo(LocalDate.of(2026, 5, 20));
    }
}
