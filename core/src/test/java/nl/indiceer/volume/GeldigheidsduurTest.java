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
    void zevenDagenIsEenWeekInElkeMaand() {
        for (int maand = 1; maand <= 12; maand++) {
            LocalDate begin = LocalDate.of(2026, maand, 2);
            assertThat(Geldigheidsduur.van(begin, begin.plusDays(6), BigDecimal.valueOf(52)).weken())
                    .as("maand " + maand).isEqualByComparingTo("1");
        }
    }

    @Test
    void eenHalveMaandTeltNaarRato() {
        // 1 t/m 15 juni: 15 van 30 dagen.
        assertThat(Geldigheidsduur.maanden(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 15))).isEqualByComparingTo("0.5");
    }

    @Test
    void eindeNaMaandenTeltVanafDeDagNaHetEinde() {
        // 002:391-397: a period of 6 months may end at most 3 months later; 30 June + 6 months = 31 December.
        assertThat(Geldigheidsduur.eindeNaMaanden(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(3))).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(Geldigheidsduur.eindeNaMaanden(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(6))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Geldigheidsduur.eindeNaMaanden(LocalDate.of(2025, 2, 28), BigDecimal.valueOf(3))).isEqualTo(LocalDate.of(2025, 5, 31));
        assertThat(Geldigheidsduur.eindeNaMaanden(LocalDate.of(2025, 6, 30), BigDecimal.valueOf(4))).isEqualTo(LocalDate.of(2025, 10, 31));
    }

    @Test
    void eenDagMeerGeeftNooitMinderMaanden() {
        LocalDate begin = LocalDate.of(2026, 1, 31);
        BigDecimal vorige = BigDecimal.ZERO;
        for (LocalDate eind = begin; eind.isBefore(LocalDate.of(2026, 6, 1)); eind = eind.plusDays(1)) {
            BigDecimal m = Geldigheidsduur.maanden(begin, eind);
            assertThat(m).as("t/m " + eind).isGreaterThan(vorige);
            vorige = m;
        }
        assertThat(Geldigheidsduur.maanden(begin, LocalDate.of(2026, 2, 28))).isEqualByComparingTo("1");
        assertThat(Geldigheidsduur.maanden(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 14))).isEqualByComparingTo("1");
    }

    @Test
    void omhoogNooitOmlaag() {
        // Decided on the exact value (issue 6): a remainder, however small, is a unit more.
        assertThat(Getal.omhoog(new BigDecimal("300.0000000001"))).isEqualByComparingTo("301");
        assertThat(Getal.omhoog(new BigDecimal("300"))).isEqualByComparingTo("300");
        assertThat(Getal.omhoog(new BigDecimal("300.01"))).isEqualByComparingTo("301");
        assertThat(Getal.nl(new BigDecimal("4.50"))).isEqualTo("4,5");
        assertThat(Getal.euro(new BigDecimal("1057.35"))).isEqualTo("€ 1.057,35");
        assertThat(Getal.euro(new BigDecimal("14688"))).isEqualTo("€ 14.688,00");
        assertThat(Getal.nl(new BigDecimal("1234567.125"))).isEqualTo("1.234.567,125");
        assertThat(Getal.nl(new BigDecimal("-600"))).isEqualTo("-600");
        assertThat(Getal.nl(new BigDecimal("0.75"))).isEqualTo("0,75");
    }
}
