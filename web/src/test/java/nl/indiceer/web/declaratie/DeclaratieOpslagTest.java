package nl.indiceer.web.declaratie;

import nl.indiceer.web.opslag.OpBeideDatabanken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The declaration tables (V22) on a real PostgreSQL and on H2: a message with more prestaties than one batch, read back
 * in order by page and as a stream, scoped reads, the approved lines of checked messages only, answering once, and the
 * constraints.
 */
class DeclaratieOpslagTest extends OpBeideDatabanken {


    static final OffsetDateTime NU = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    static Declaratiekop kop(String nummer) {
        return new Declaratiekop(Berichtsoort.WMO323, "12345678", "0034", "I" + nummer, LocalDate.of(2025, 4, 2),
                Header.XsdVersie.RELEASE_3_2, nummer, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31),
                LocalDate.of(2025, 4, 2), 1000, "D");
    }

    static Declaratieregel regel(int i, boolean goed) {
        return new Declaratieregel(i, 20 + i * 18, "999900006", i % 2 == 0 ? null : 7L, "R" + i, i == 3 ? "R1" : null,
                300_000 + i, "02", "02A01", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31), 60 + i, "01", 100L,
                (60 + i) * 100L, i == 3 ? "C" : "D", goed, goed ? List.of() : List.of("TR321", "TR346"),
                goed ? List.of() : List.of("8006", "8033"), goed ? List.of() : List.of("Te veel.", "Bedrag onjuist."));
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void eenDeclaratieMetMeerPrestatiesDanEenPartijKomtInVolgordeTerug(Databron bron) {
        DataSource ds = bron.open();
        DeclaratieOpslag opslag = new DeclaratieOpslag(new JdbcTemplate(ds));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        int aantal = DeclaratieOpslag.PARTIJ + 7;
        long id = tx.execute(s -> {
            opslag.wachtOpBeurt("0034");
            long d = opslag.voegGecontroleerdToe(new DeclaratieOpslag.Ontvangst("0034", "<x/>".getBytes(), "a.xml", NU, "anna",
                    LocalDate.of(2025, 4, 16)), kop("N1"));
            List<Declaratieregel> partij = new ArrayList<>();
            for (int i = 0; i < aantal; i++) {
                partij.add(regel(i, i % 5 != 4));
                if (partij.size() == DeclaratieOpslag.PARTIJ) {
                    opslag.voegRegelsToe(d, "0034", partij);
                    partij.clear();
                }
            }
            opslag.voegRegelsToe(d, "0034", partij);
            opslag.sluit(d, aantal, aantal / 5, 123, 100);
            return d;
        });

        Declaratie d = opslag.metId(id, Set.of("0034")).orElseThrow();
        assertThat(d.status()).isEqualTo(Declaratiestatus.GECONTROLEERD);
        assertThat(d.prestaties()).isEqualTo(aantal);
        assertThat(d.soort()).isEqualTo("WMO323");
        assertThat(d.ontvangen()).isEqualTo(NU);
        assertThat(opslag.metId(id, Set.of("0303"))).isEmpty();
        assertThat(opslag.lijst(Set.of("0303"), 10)).isEmpty();
        assertThat(opslag.lijst(Set.of("0034"), 10)).extracting(Declaratie::id).contains(id);

        List<Declaratieregel> pagina = opslag.regels(id, 1000, 5);
        assertThat(pagina).extracting(Declaratieregel::volgnummer).containsExactly(1000, 1001, 1002, 1003, 1004);
        assertThat(opslag.regels(id, 0, 5)).element(4).isEqualTo(regel(4, false));
        assertThat(opslag.regels(id, 0, 5)).element(3).isEqualTo(regel(3, true));

        List<Integer> volgorde = new ArrayList<>();
        opslag.elkeRegel(id, r -> volgorde.add(r.volgnummer()));
        assertThat(volgorde).hasSize(aantal).isSorted();

        List<String> goedgekeurd = new ArrayList<>();
        tx.executeWithoutResult(s -> opslag.goedgekeurdeRegels("0034", 7L, (afzender, r) -> goedgekeurd.add(afzender + r.referentie())));
        assertThat(goedgekeurd).startsWith("12345678R1", "12345678R3").doesNotContain("12345678R9").allMatch(g -> {
            int i = Integer.parseInt(g.substring(9));
            return i % 2 == 1 && i % 5 != 4;
        });

        // answering happens once; a rejected message's lines (there are none) never count
        assertThat(opslag.markeerBeantwoord(id, "bob", NU)).isTrue();
        assertThat(opslag.markeerBeantwoord(id, "bob", NU)).isFalse();
        long afgekeurd = opslag.voegAfgekeurdToe(new DeclaratieOpslag.Ontvangst("0034", "<y".getBytes(), null, NU, "anna",
                LocalDate.of(2025, 4, 16)), null, "regel 1: geen XML", 1);
        Declaratie a = opslag.metId(afgekeurd, Set.of("0034")).orElseThrow();
        assertThat(a.status()).isEqualTo(Declaratiestatus.AFGEKEURD);
        assertThat(a.soort()).isNull();
        assertThat(a.regel()).isOne();
        assertThat(opslag.eerdereMetNummer("0034", "12345678", "N1")).contains(id);

        JdbcClient jdbc = JdbcClient.create(ds);
        assertThatThrownBy(() -> jdbc.sql("update declaratie set status = 'ONBEKEND' where id = ?").params(id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> opslag.voegRegelsToe(id, "0034", List.of(regel(0, true))))
                .as("a place in the message is taken once").isInstanceOf(DataIntegrityViolationException.class);
    }

    /** V27: the no-shows per calendar year of approved prestaties, stored and read back by reference and allocation. */
    @ParameterizedTest
    @MethodSource("databanken")
    void noShowsPerPrestatieKomenTerug(Databron bron) {
        DataSource ds = bron.open();
        DeclaratieOpslag opslag = new DeclaratieOpslag(new JdbcTemplate(ds));
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(ds));
        long id = tx.execute(s -> {
            opslag.wachtOpBeurt("0034");
            long d = opslag.voegGecontroleerdToe(new DeclaratieOpslag.Ontvangst("0034", "<x/>".getBytes(), "n.xml", NU, "anna",
                    LocalDate.of(2025, 4, 16)), kop("NS1"));
            opslag.voegRegelsToe(d, "0034", List.of(regel(0, true), regel(2, true), regel(4, false)));
            opslag.noteerNoShows(d, java.util.Map.of(0, java.util.Map.of(2025, 2, 2026, 1), 4, java.util.Map.of(2025, 3)));
            opslag.sluit(d, 3, 1, 100, 50);
            return d;
        });
        java.util.Map<String, java.util.Map<Integer, Integer>> terug = tx.execute(s -> opslag.noShows("0034"));
        assertThat(terug.get(NoShowtelling.sleutel("R0", 300_000))).isEqualTo(java.util.Map.of(2025, 2, 2026, 1));
        assertThat(terug).as("a rejected prestatie's no-shows never count").doesNotContainKey(NoShowtelling.sleutel("R4", 300_004));
        assertThat(terug).as("none noted").doesNotContainKey(NoShowtelling.sleutel("R2", 300_002));
        java.util.Map<String, java.util.Map<Integer, Integer>> elders = tx.execute(s -> opslag.noShows("0303"));
        assertThat(elders).isEmpty();
        assertThat(JdbcClient.create(ds).sql("select no_shows from declaratieprestatie where declaratie_id = ? and volgnummer = 0")
                .params(id).query(String.class).single()).isEqualTo("2025:2 2026:1");
    }
}
