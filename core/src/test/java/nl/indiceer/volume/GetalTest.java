package nl.indiceer.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import nl.indiceer.getal.Breuk;
import org.junit.jupiter.api.Test;

/** Numbers as a consultant reads them: Dutch comma, at most 4 decimals, and a tiny value never shown as 0. */
class GetalTest {

    @Test
    void gewoneGetallen() {
        assertThat(Getal.nl(new BigDecimal("1234567.5"))).isEqualTo("1.234.567,5");
        assertThat(Getal.nl(new BigDecimal("4.333333"))).isEqualTo("4,3333");
        assertThat(Getal.nl(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void eenPiepkleinGetalIsNietNul() {
        // 0,0001 minuut per maand ÷ 4,5 weken: the rekensom used to say "= 0 minuten per week"
        assertThat(Getal.nl(new BigDecimal("0.0000222222"))).isEqualTo("0,000022");
        assertThat(Getal.nl(Breuk.van(1, 45000))).isEqualTo("0,000022");
        assertThat(Getal.nl(new BigDecimal("1E-20"))).isEqualTo("minder dan 0,000000000001");
    }
}
