package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Realised cost beside committed cost and the utilisation (issue 12), without Spring: 10 clients each with a line of
 * 10 euro a day in January to March 2026 (310, 280, 310 euro a month), allocation "t<client>", decided by "anna" or
 * "bert". Realised: what the prestaties of each month declare, a credit subtracting.
 */
class BenuttingenTest {

    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth MRT = YearMonth.of(2026, 3);

    /** Client i: 90 days, 900 euro, product P1, provider A, allocation t<i>, decided by {@code consulent}. */
    static Verplichtingsregel lijn(long client, String product, String consulent) {
        LocalDate b = LocalDate.parse("2026-01-01");
        LocalDate e = LocalDate.parse("2026-03-31");
        return new Verplichtingsregel("0597", "jeugdwet", product, product + " naam", "A", client, b, e,
                new BigDecimal("900"), b, e, "t" + client, consulent);
    }

    static List<Verplichtingsregel> tien(String product, long eerste, String consulent) {
        List<Verplichtingsregel> uit = new ArrayList<>();
        for (long i = eerste; i < eerste + 10; i++) {
            uit.add(lijn(i, product, consulent));
        }
        return uit;
    }

    static Realisatieregel prestatie(long client, YearMonth maand, String euro) {
        return new Realisatieregel(client, "t" + client, "ANDERS", "X", "wmo", maand, new BigDecimal(euro));
    }

    @Test
    void gerealiseerdTeltInDeMaandVanDePrestatieVoorHetProductEnDeAanbiederVanDeBeschikking() {
        List<Verplichtingsregel> lopend = tien("P1", 1, "anna");
        List<Realisatieregel> g = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            g.add(prestatie(i, JAN, "155.00")); // half of January's 310
        }
        Benuttingen.Overzicht o = Benuttingen.van(lopend, g, JAN, MRT);
        assertThat(o.perMaand().get(0).vastgelegd()).isEqualByComparingTo("3100");
        assertThat(o.perMaand().get(0).gerealiseerd()).isEqualByComparingTo("1550");
        assertThat(o.perMaand().get(0).benutting()).isEqualByComparingTo("0.5");
        assertThat(o.perMaand().get(1).gerealiseerd()).isEqualByComparingTo("0");
        assertThat(o.perMaand().get(1).benutting()).isEqualByComparingTo("0");
        // the prestatie's own product, provider and law ("ANDERS", "X", "wmo") give way to the decision line's
        assertThat(o.perProduct()).extracting(Benuttingscel::sleutel).containsExactly("P1");
        assertThat(o.perAanbieder()).extracting(Benuttingscel::sleutel).containsExactly("A");
        assertThat(o.perWet()).extracting(Benuttingscel::sleutel).containsExactly("jeugdwet");
        assertThat(o.perConsulent()).extracting(Benuttingscel::sleutel).containsExactly("anna");
        // over the quarter: 1550 of 9000
        assertThat(o.totaal().benutting()).isEqualByComparingTo("0.1722");
    }

    @Test
    void eenCreditGaatErAf() {
        List<Realisatieregel> g = new ArrayList<>();
        for (long i = 1; i <= 10; i++) {
            g.add(prestatie(i, JAN, "310.00"));
        }
        g.add(prestatie(1, JAN, "-310.00"));
        Benuttingen.Overzicht o = Benuttingen.van(tien("P1", 1, "anna"), g, JAN, JAN);
        assertThat(o.perMaand().get(0).gerealiseerd()).isEqualByComparingTo("2790");
        assertThat(o.perMaand().get(0).benutting()).isEqualByComparingTo("0.9");
    }

    @Test
    void eenPrestatieBuitenDePeriodeTeltNiet() {
        List<Realisatieregel> g = List.of(prestatie(1, YearMonth.of(2025, 12), "100"), prestatie(2, JAN, "40"));
        Benuttingen.Overzicht o = Benuttingen.van(tien("P1", 1, "anna"), g, JAN, MRT);
        assertThat(o.totaal().gerealiseerd()).isEqualByComparingTo("40");
    }

    @Test
    void eenPrestatieVanEenOnbekendeToewijzingTeltMetHaarEigenProductEnZonderConsulent() {
        List<Realisatieregel> g = new ArrayList<>();
        for (long i = 100; i < 110; i++) {
            g.add(new Realisatieregel(i, null, "45F02", "B", "wmo", JAN, new BigDecimal("10")));
        }
        Benuttingen.Overzicht o = Benuttingen.van(tien("P1", 1, "anna"), g, JAN, JAN);
        Benuttingscel anders = o.perProduct().stream().filter(c -> "45F02".equals(c.sleutel())).findFirst().orElseThrow();
        assertThat(anders.gerealiseerd()).isEqualByComparingTo("100");
        assertThat(anders.benutting()).isNull(); // nothing committed for it
        assertThat(o.perConsulent().get(0).sleutel()).isNull();
        assertThat(o.perConsulent().get(0).gerealiseerd()).isEqualByComparingTo("100");
    }

    @Test
    void benuttingPerConsulent() {
        List<Verplichtingsregel> lopend = new ArrayList<>(tien("P1", 1, "anna"));
        lopend.addAll(tien("P1", 11, "bert"));
        List<Realisatieregel> g = new ArrayList<>();
        for (long i = 1; i <= 20; i++) {
            g.add(prestatie(i, JAN, i <= 10 ? "310" : "155"));
        }
        Benuttingen.Overzicht o = Benuttingen.van(lopend, g, JAN, JAN);
        assertThat(o.perConsulent()).extracting(Benuttingscel::sleutel).containsExactly("anna", "bert");
        assertThat(o.perConsulent().get(0).benutting()).isEqualByComparingTo("1");
        assertThat(o.perConsulent().get(1).benutting()).isEqualByComparingTo("0.5");
    }

    @Test
    void kleineCellenEnDeKleinsteAndereWordenOnderdrukt() {
        List<Verplichtingsregel> lopend = new ArrayList<>(tien("P1", 1, "anna"));
        lopend.addAll(tien("P2", 11, "anna"));
        lopend.add(lijn(21, "P3", "bert")); // one client: bert's cell and P3's would name him
        List<Realisatieregel> g = List.of(prestatie(21, JAN, "300"));
        Benuttingen.Overzicht o = Benuttingen.van(lopend, g, JAN, JAN);
        assertThat(o.perProduct().get(2).onderdrukt()).isTrue();
        assertThat(o.perProduct().get(2).gerealiseerd()).isNull();
        assertThat(o.perProduct().get(2).benutting()).isNull();
        // complementary: one more product is suppressed, so P3 does not follow from the total
        assertThat(o.perProduct().stream().filter(Benuttingscel::onderdrukt).count()).isEqualTo(2);
        assertThat(o.perConsulent().stream().filter(Benuttingscel::onderdrukt)).extracting(Benuttingscel::sleutel)
                .containsExactlyInAnyOrder("anna", "bert");
        assertThat(o.totaal().onderdrukt()).isFalse();
    }
}
