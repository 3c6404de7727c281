package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The forecast takes the observed utilisation of a product once there is enough data (at least 3 months with realised
 * cost and 10 clients in the 12 months before the forecast's month, the defaults of application.properties), and the
 * region's figure otherwise.
 */
class WaargenomenBenuttingTest {

    static final Benutting.Cijfer REGIO = new Benutting.Cijfer(new BigDecimal("0.47"), Benutting.Herkomst.REGIO,
            "GGZ", "001:1796-1800", null, List.of("P1"));

    /** 10 clients, each declaring {@code euro} in each of {@code maanden} months from January 2026. */
    static List<Realisatieregel> gedeclareerd(int maanden, int clienten, String euro) {
        List<Realisatieregel> g = new ArrayList<>();
        for (long i = 1; i <= clienten; i++) {
            for (int m = 0; m < maanden; m++) {
                g.add(BenuttingenTest.prestatie(i, YearMonth.of(2026, 1).plusMonths(m), euro));
            }
        }
        return g;
    }

    static Benutting.Cijfer cijfer(List<Realisatieregel> g, YearMonth deMaand) {
        List<Verplichtingsregel> lopend = BenuttingenTest.tien("P1", 1, "anna");
        return new WaargenomenBenutting(lopend, g, deMaand, 3, 10, r -> REGIO).voor(lopend.get(0));
    }

    @Test
    void metDrieMaandenEnTienClientenNeemtDePrognoseDeWaargenomenBenutting() {
        // January 310, February 280, March 310 committed per client; 155 declared each month: 465 of 900
        Benutting.Cijfer c = cijfer(gedeclareerd(3, 10, "155"), YearMonth.of(2026, 4));
        assertThat(c.herkomst()).isEqualTo(Benutting.Herkomst.WAARGENOMEN);
        assertThat(c.aandeel()).isEqualByComparingTo("0.5167");
        assertThat(c.bron()).isEqualTo("2026-01/2026-03");
        assertThat(c.producten()).containsExactly("P1");
    }

    @Test
    void metTweeMaandenBlijftHetCijferVanDeRegio() {
        assertThat(cijfer(gedeclareerd(2, 10, "155"), YearMonth.of(2026, 4))).isEqualTo(REGIO);
    }

    @Test
    void metNegenClientenBlijftHetCijferVanDeRegio() {
        assertThat(cijfer(gedeclareerd(3, 9, "155"), YearMonth.of(2026, 4))).isEqualTo(REGIO);
    }

    @Test
    void deLopendeMaandTeltNietMee() {
        // forecast in March: only January and February are complete
        assertThat(cijfer(gedeclareerd(3, 10, "155"), YearMonth.of(2026, 3))).isEqualTo(REGIO);
    }

    @Test
    void dePrognoseRekentMetHetWaargenomenCijfer() {
        List<Verplichtingsregel> lopend = BenuttingenTest.tien("P1", 1, "anna");
        Benutting b = new WaargenomenBenutting(lopend, gedeclareerd(3, 10, "155"), YearMonth.of(2026, 4), 3, 10, r -> REGIO);
        List<Prognose.Regel> p = Prognose.van(lopend, List.of(), java.util.Map.of(), 2026,
                java.time.LocalDate.parse("2026-04-15"), b);
        assertThat(p.get(0).vastgelegd()).isEqualByComparingTo("9000");
        assertThat(p.get(0).prognose()).isEqualByComparingTo(new BigDecimal("9000").multiply(new BigDecimal("0.5167")));
        assertThat(p.get(0).cijfers()).extracting(Benutting.Cijfer::herkomst).containsExactly(Benutting.Herkomst.WAARGENOMEN);
    }
}
