package nl.indiceer.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indiceer.getal.Breuk;
import org.junit.jupiter.api.Test;

/** The week and month conventions of the table "Weken en maanden" in docs/aanvraag-formaat.md. */
class GeldigheidsduurWekenTest {

    private static final BigDecimal WPJ = BigDecimal.valueOf(52);

    @Test
    void eenVeelvoudVanZevenDagenIsPreciesZoveelWeken() {
        for (LocalDate begin = LocalDate.of(2026, 1, 1); begin.getYear() < 2028; begin = begin.plusDays(1)) {
            for (int weken = 1; weken <= 160; weken++) {
                Geldigheidsduur d = Geldigheidsduur.van(begin, begin.plusDays(7L * weken - 1), WPJ);
                assertThat(d.exacteWeken()).as(begin + ", " + weken + " weken").isEqualTo(Breuk.van(weken));
            }
        }
    }

    @Test
    void heleMaandenTellen52Twaalfde_000_258() {
        // A quarter 13 weeks, half a year 26, a year 52, in every start month; February alone is 4 weeks (28 days).
        for (int maand = 1; maand <= 12; maand++) {
            LocalDate begin = LocalDate.of(2026, maand, 1);
            assertThat(Geldigheidsduur.van(begin, begin.plusMonths(3).minusDays(1), WPJ).exacteWeken()).as("kwartaal vanaf " + begin)
                    .isEqualTo(Breuk.van(13));
            assertThat(Geldigheidsduur.van(begin, begin.plusMonths(6).minusDays(1), WPJ).exacteWeken()).isEqualTo(Breuk.van(26));
            assertThat(Geldigheidsduur.van(begin, begin.plusMonths(12).minusDays(1), WPJ).exacteWeken()).isEqualTo(Breuk.van(52));
        }
        assertThat(Geldigheidsduur.van(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), WPJ).exacteWeken()).isEqualTo(Breuk.van(4));
        assertThat(Geldigheidsduur.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), WPJ).exacteWeken())
                .isEqualTo(Breuk.van(13, 3));
    }

    @Test
    void restdagenTellenDagenGedeeldDoorZeven() {
        // 1 January - 10 February: 1 month (52/12 weeks) + 10 days (10/7 weeks).
        Geldigheidsduur d = Geldigheidsduur.van(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 10), WPJ);
        assertThat(d.exacteWeken()).isEqualTo(Breuk.van(52, 12).plus(Breuk.van(10, 7)));
        assertThat(d.exacteMaanden()).isEqualTo(Breuk.van(1).plus(Breuk.van(10, 28)));
        assertThat(d.dagen()).isEqualTo(41);
    }

    @Test
    void eenDagMeerGeeftNooitMinderWeken() {
        for (LocalDate begin = LocalDate.of(2026, 1, 1); begin.getYear() < 2027; begin = begin.plusDays(3)) {
            Breuk vorige = Breuk.NUL;
            for (LocalDate eind = begin; eind.isBefore(begin.plusYears(4)); eind = eind.plusDays(1)) {
                Geldigheidsduur d = Geldigheidsduur.van(begin, eind, WPJ);
                assertThat(d.exacteWeken()).as(begin + " t/m " + eind).isGreaterThanOrEqualTo(vorige);
                vorige = d.exacteWeken();
            }
        }
    }

    @Test
    void maandenZijnEenExacteBreuk() {
        // 1 - 10 February: 10/28 month; shown as 0,3571.
        Geldigheidsduur d = Geldigheidsduur.van(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 10), WPJ);
        assertThat(d.exacteMaanden()).isEqualTo(Breuk.van(5, 14));
        assertThat(Getal.nl(d.exacteMaanden())).isEqualTo("0,3571");
    }
}
