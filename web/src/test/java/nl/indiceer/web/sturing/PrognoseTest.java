package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The forecast: committed in the year times the utilisation (100% without a figure) plus the inflow of the coming months, against the budget. */
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

    /** Issue 12: each line's committed cost times its product's figure; the forecast names the figures it took. */
    @Test
    void deBenuttingPerProductWeegtDeVastgelegdeKostenEnWordtGenoemd() {
        // 10 clients of P1 (figure 47%) and 10 of P2 (no figure: 100%), each 1 euro a day all year: 3650 + 3650
        List<Verplichtingsregel> lopend = new java.util.ArrayList<>(
                VerplichtingenTest.clienten(10, 1, "jeugdwet", "P1", "A", "2026-01-01", "2026-12-31", "365"));
        lopend.addAll(VerplichtingenTest.clienten(10, 11, "jeugdwet", "P2", "A", "2026-01-01", "2026-12-31", "365"));
        Benutting.Cijfer ggz = new Benutting.Cijfer(new BigDecimal("0.47"), Benutting.Herkomst.REGIO, "GGZ", "001:1810-1812",
                "onduidelijk", List.of("P1"));
        Benutting benutting = r -> r.product().equals("P1") ? ggz : Benutting.Cijfer.GEEN;
        Prognose.Regel j = Prognose.van(lopend, List.of(), Map.of(), 2026, LocalDate.parse("2026-12-15"), benutting).get(0);
        assertThat(j.vastgelegd()).isEqualByComparingTo("7300");
        assertThat(j.prognose()).isEqualByComparingTo(new BigDecimal("3650").multiply(new BigDecimal("0.47")).add(new BigDecimal("3650")));
        assertThat(j.benutting()).isEqualByComparingTo("0.7350");
        assertThat(j.cijfers()).containsExactly(ggz, Benutting.Cijfer.GEEN);
        // without figures the forecast stays at 100%, and says so
        Prognose.Regel honderd = Prognose.van(lopend, List.of(), Map.of(), 2026, LocalDate.parse("2026-12-15")).get(0);
        assertThat(honderd.prognose()).isEqualByComparingTo("7300");
        assertThat(honderd.cijfers()).containsExactly(Benutting.Cijfer.GEEN);
    }

    /** The region's own figures from the shipped rulebooks (001:1796-1812): GGZ 2 350 of 5 000 minutes, Venlo is Noord-Limburg. */
    @Test
    void deRegioNoemtHaarEigenCijferMetBron() {
        nl.indiceer.regeling.Regelingen alle = nl.indiceer.regeling.Regelingen.laad(
                java.nio.file.Path.of(System.getProperty("indiceer.root", "..")).resolve("regelingen"));
        RegioBenutting regio = new RegioBenutting(alle, LocalDate.parse("2026-06-01"));
        Verplichtingsregel venloGgz = new Verplichtingsregel("0983", "jeugdwet", "54L01", "GGZ licht", "A", 1,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), new BigDecimal("1000"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        Benutting.Cijfer c = regio.voor(venloGgz);
        assertThat(c.herkomst()).isEqualTo(Benutting.Herkomst.REGIO);
        assertThat(c.aandeel()).isEqualByComparingTo("0.47");
        assertThat(c.bron()).isEqualTo("001:1796-1800, 1810-1812");
        assertThat(c.onduidelijk()).contains("PxQ");
        // Ambulante hulp: the range for Begeleiding Individueel is linked to no product, so 100%
        Verplichtingsregel ambulant = new Verplichtingsregel("0983", "jeugdwet", "45L11", "Perspectief 1 licht", "A", 1,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), new BigDecimal("1000"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(regio.voor(ambulant)).isEqualTo(Benutting.Cijfer.GEEN);
        // the same product code in a municipality of another region: that region states nothing
        Verplichtingsregel ridderkerk = new Verplichtingsregel("0597", "jeugdwet", "54L01", "x", "A", 1,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), new BigDecimal("1000"),
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"));
        assertThat(regio.voor(ridderkerk)).isEqualTo(Benutting.Cijfer.GEEN);
    }
}
