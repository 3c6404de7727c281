package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forecast: committed in the year at 100% utilisation plus the inflow of the coming months, against the budget. */
class PrognoseTest {

    @Test
    void vastgelegdPlusInstroomTegenoverHetBudget() {
        // 10 clients at 1 euro a day all year: 3650 committed
        List<Verplichtingsregel> lopend = VerplichtingenTest.clienten(10, 1, "wmo", "P1", "A", "2026-01-01", "2026-12-31", "365");
        // 3 new lines in the last 3 months, each 3 euro a day over its 100 days: 9 a day in 3 months = 3 a day per month
        List<Verplichtingsregel> nieuw = VerplichtingenTest.clienten(3, 50, "wmo", "P1", "A", "2026-09-01", "2026-12-09", "300");
        // on 15 October: newcomers in November (61 days to the end of the year) and December (31 days)
        List<Prognose.Regel> p = Prognose.van(lopend, nieuw, Map.of("wmo", new BigDecimal("4000.00")), 2026,
                LocalDate.parse("2026-10-15"));
        assertThat(p).hasSize(1);
        Prognose.Regel wmo = p.get(0);
        assertThat(wmo.vastgelegd()).isEqualByComparingTo("3650");
        assertThat(wmo.instroom()).isEqualByComparingTo(String.valueOf(3 * (61 + 31)));
        assertThat(wmo.prognose()).isEqualByComparingTo(String.valueOf(3650 + 3 * 92));
        assertThat(wmo.ruimte()).isEqualByComparingTo(String.valueOf(4000 - 3650 - 276));
        assertThat(wmo.gerealiseerd()).isNull();
        assertThat(wmo.benutting()).isEqualByComparingTo("1");
    }

    @Test
    void eenWetMetMinderDanTienClientenToontAlleenHetBudget() {
        List<Verplichtingsregel> lopend = VerplichtingenTest.clienten(9, 1, "jeugdwet", "P1", "A", "2026-01-01", "2026-12-31", "365");
        Prognose.Regel j = Prognose.van(lopend, List.of(), Map.of("jeugdwet", new BigDecimal("10")), 2026,
                LocalDate.parse("2026-06-01")).get(0);
        assertThat(j.onderdrukt()).isTrue();
        assertThat(j.vastgelegd()).isNull();
        assertThat(j.prognose()).isNull();
        assertThat(j.budget()).isEqualByComparingTo("10");
    }

    @Test
    void eenBudgetZonderBeschikkingen() {
        Prognose.Regel w = Prognose.van(List.of(), List.of(), Map.of("wmo", new BigDecimal("10")), 2026,
                LocalDate.parse("2026-06-01")).get(0);
        assertThat(w.onderdrukt()).isFalse();
        assertThat(w.prognose()).isEqualByComparingTo("0");
    }
}
