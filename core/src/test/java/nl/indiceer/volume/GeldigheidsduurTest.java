package nl.indiceer.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GeldigheidsduurTest {

    @Test
    void eenJaarIsTwaalfMaandenEnTweeenvijftigWeken() {
        Geldigheidsduur d = Geldigheidsduur.van(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), BigDecimal.valueOf(52));
        assertThat(d.maanden()).isEqualByComparingTo("12");
        assertThat(d.weken()).isEqualByComparingTo("52");
    }

    @Test
    void eenKwartaalIsDertienWeken_000_258() {
        Geldigheidsduur d = Geldigheidsduur.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), BigDecimal.valueOf(52));
        assertThat(d.weken()).isEqualByComparingTo("13");
    }

    @Test
    void eenHalveMaandTeltNaarRato() {
        // 1 t/m 15 juni: 15 van 30 dagen.
        assertThat(Geldigheidsduur.maanden(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15))).isEqualByComparingTo("0.5");
    }

    @Test
    void plusMaanden() {
        assertThat(Geldigheidsduur.plusMaanden(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(3))).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void omhoogNooitOmlaag() {
        assertThat(Getal.omhoog(new BigDecimal("300.0000000001"))).isEqualByComparingTo("300");
        assertThat(Getal.omhoog(new BigDecimal("300.01"))).isEqualByComparingTo("301");
        assertThat(Getal.nl(new BigDecimal("4.50"))).isEqualTo("4,5");
        assertThat(Getal.euro(new BigDecimal("1057.35"))).isEqualTo("€ 1.057,35");
        assertThat(Getal.euro(new BigDecimal("14688"))).isEqualTo("€ 14.688,00");
        assertThat(Getal.nl(new BigDecimal("1234567.125"))).isEqualTo("1.234.567,125");
        assertThat(Getal.nl(new BigDecimal("-600"))).isEqualTo("-600");
        assertThat(Getal.nl(new BigDecimal("0.75"))).isEqualTo("0,75");
    }
}
