package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.beveiliging.Medewerker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Two declarations of the same period of the same allocation, received at the same moment (two colleagues, or the
 * folder and an upload): the checks of one municipality take turns, so exactly one of the two debits is approved and
 * the other is rejected as already declared. Without the turn both would be checked against the same state.
 */
@WebTest
class DeclaratieTegelijkTest {

    static final String URK = "0184";

    @Autowired
    MockMvc mvc;

    @Autowired
    DeclaratieDienst dienst;

    @Autowired
    JdbcClient jdbc;

    @Test
    void tweeDeclaratiesTegelijkWordenNaElkaarGecontroleerd() throws Exception {
        String token = Aanmelding.nieuweGebruiker(mvc, "urk-tegelijk", "backoffice", URK);
        Declaraties.Toewijzing t = Declaraties.toegewezen(mvc, token, URK);
        Medewerker wie = new Medewerker(Aanmelding.naamVan(token), Set.of(URK));
        byte[] een = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, 1)));
        byte[] twee = Declaraties.bericht(URK, Declaraties.uniek("D"), List.of(t.prestatie(Declaraties.uniek("R"), Declaraties.MAART, 2)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService draden = Executors.newFixedThreadPool(2);
        try {
            List<Callable<DeclaratieDienst.Ontvangst>> taken = List.of(
                    () -> { start.await(); return dienst.ontvang(wie, URK, een, null); },
                    () -> { start.await(); return dienst.ontvang(wie, URK, twee, null); });
            List<Future<DeclaratieDienst.Ontvangst>> uit = taken.stream().map(draden::submit).toList();
            start.countDown();
            int goedgekeurd = 0;
            for (Future<DeclaratieDienst.Ontvangst> f : uit) {
                Declaratie d = f.get().declaratie();
                assertThat(d.status()).isEqualTo(Declaratiestatus.GECONTROLEERD);
                goedgekeurd += d.goedgekeurd();
            }
            assertThat(goedgekeurd).isOne();
        } finally {
            draden.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from declaratieprestatie where toewijzingnummer = ? and goedgekeurd")
                .params(t.nummer()).query(Long.class).single()).isOne();
    }
}
