package nl.indiceer.kosten;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.Repo;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;
import org.junit.jupiter.api.Test;

class KostenberekeningTest {

    private static final Bron BRON = new Bron("001", "001_4d6f3bba8cd51930.txt", "1915-1923");

    @Test
    void trajectKostOngeachtDeLooptijdDeVolledigePrijs_001_2556_2558() {
        Tarief traject = new Tarief(Financiering.ZIN, Eenheid.TRAJECT, new BigDecimal("4400"), null, BRON, null);
        assertThat(Kostenberekening.traject(traject).totaal()).isEqualByComparingTo("4400");
    }

    @Test
    void minutenMetAlleenEenUurtariefVolgensTR346() {
        // TR346/IV081: minuten × uurtarief ÷ 60, eerst vermenigvuldigen, dan delen, afronden op centen.
        // 90 × 87,08 / 60 = 130,62 (Perspectief 1 maatwerk, 001:4028-4031).
        Product p = Repo.regelingen().voor("noord-limburg", LocalDate.of(2025, 1, 1)).product("45L14");
        Geldigheidsduur duur = Geldigheidsduur.van(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), BigDecimal.valueOf(52));
        Toewijzingsvolume v = Toewijzingsvolume.bepaal(BigDecimal.valueOf(90), Eenheid.UUR, Eenheid.MINUUT,
                BigDecimal.valueOf(240), Periode.TOTAAL, duur);
        Kosten k = Kostenberekening.pxq(p, Financiering.ZIN, null, v, BigDecimal.valueOf(240));
        assertThat(k.totaal()).isEqualByComparingTo("130.62");
        assertThat(k.rekensom()).contains("TR346");
    }

    @Test
    void groepsdeclaratieRidderkerkVoorbeeld_004_487_497() {
        // 1,5 uur per deelnemer: per uur 1,5 × 74,81 = 112,215 → € 112,22; per minuut 90 × 1,25 = € 112,50.
        Product p = Repo.regelingen().voor("ridderkerk", LocalDate.of(2025, 6, 1)).product("begeleiding-basis");
        Geldigheidsduur duur = Geldigheidsduur.van(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 30), BigDecimal.valueOf(52));
        Toewijzingsvolume inMinuten = Toewijzingsvolume.bepaal(BigDecimal.valueOf(90), Eenheid.UUR, Eenheid.MINUUT,
                BigDecimal.valueOf(240), Periode.TOTAAL, duur);
        assertThat(Kostenberekening.pxq(p, Financiering.ZIN, null, inMinuten, BigDecimal.valueOf(240)).totaal())
                .isEqualByComparingTo("112.50");
        Toewijzingsvolume inUren = Toewijzingsvolume.zonderAfronding(new BigDecimal("1.5"), Eenheid.UUR, Periode.TOTAAL,
                new BigDecimal("1.5"));
        assertThat(Kostenberekening.pxq(p, Financiering.ZIN, null, inUren, BigDecimal.valueOf(240)).totaal())
                .isEqualByComparingTo("112.22");
    }
}
