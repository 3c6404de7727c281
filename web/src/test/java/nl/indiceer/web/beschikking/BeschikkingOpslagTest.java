package nl.indiceer.web.beschikking;

import nl.indiceer.web.opslag.OpBeideDatabanken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.RegelingVersie;
import nl.indiceer.web.aanvraag.AanvraagOpslag;
import nl.indiceer.web.aanvraag.AanvraagOpslag.Berekening;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.Samenvatting;
import nl.indiceer.web.aanvraag.Verzoeken;
import nl.indiceer.web.client.ClientOpslag;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The beschikking table (V8) on a real PostgreSQL and on H2: storing a decision with its letter, scoped reads, the
 * constraints; and on PostgreSQL that the database itself refuses to change or delete a decided row (V8_1).
 */
class BeschikkingOpslagTest extends OpBeideDatabanken {


    static final RegelingVersie VERSIE = new RegelingVersie("flevoland", LocalDate.of(2025, 1, 1), "cd".repeat(32));
    static final byte[] PDF = "%PDF-1.4 test".getBytes();

    record Opzet(JdbcClient jdbc, BeschikkingOpslag opslag, long client, long aanvraag) {
    }

    private static Opzet opzet(DataSource bron) {
        JdbcClient jdbc = JdbcClient.create(bron);
        long client = new ClientOpslag(jdbc).voegToe(Verzoeken.bsn(), "B", LocalDate.of(2012, 1, 1), "0034");
        long aanvraag = new AanvraagOpslag(jdbc).voegToe(client, "0034", Aanvraagstatus.INGEDIEND, "anna", "{}",
                new Berekening(VERSIE, "{}", List.of(), new Samenvatting(true, null, 0, 0)));
        return new Opzet(jdbc, new BeschikkingOpslag(jdbc), client, aanvraag);
    }

    private static BeschikkingOpslag.Nieuw nieuw(Opzet o, int nummer, Beschikkingsoort soort, Long vorige, Long aanvraag) {
        return new BeschikkingOpslag.Nieuw("0034-2026-%06d".formatted(nummer), "0034", 2026, nummer, o.client(), soort,
                vorige, aanvraag, VERSIE, "anna", OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS),
                "{\"kenmerk\": \"x\"}", PDF, "ef".repeat(32));
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void bewarenEnLezenBinnenDeEigenGemeenten(Databron bron) {
        Opzet o = opzet(bron.open());
        // the PostgreSQL database is shared by the tests of this class, and decided rows stay: start after them
        int n = o.opslag().volgendNummer("0034", 2026);
        long id = o.opslag().voegToe(nieuw(o, n, Beschikkingsoort.EERSTE, null, o.aanvraag()));
        assertThat(o.opslag().volgendNummer("0034", 2026)).isEqualTo(n + 1);
        assertThat(o.opslag().volgendNummer("0303", 2026)).isEqualTo(1);

        OpgeslagenBeschikking b = o.opslag().metId(id, Set.of("0034")).orElseThrow();
        assertThat(b.kenmerk()).isEqualTo("0034-2026-%06d".formatted(n));
        assertThat(b.regeling()).isEqualTo(VERSIE);
        assertThat(b.aanvraagId()).isEqualTo(o.aanvraag());
        assertThat(o.opslag().brief(id, Set.of("0034")).orElseThrow().pdf()).isEqualTo(PDF);
        // another municipality sees nothing
        assertThat(o.opslag().metId(id, Set.of("0303"))).isEmpty();
        assertThat(o.opslag().brief(id, Set.of("0303"))).isEmpty();
        assertThat(o.opslag().vanClient(o.client(), Set.of("0303"))).isEmpty();
        assertThat(o.opslag().vanClient(o.client(), Set.of())).isEmpty();

        long wijziging = o.opslag().voegToe(nieuw(o, n + 1, Beschikkingsoort.VERLENGING, id, null));
        assertThat(o.opslag().vanClient(o.client(), Set.of("0034"))).extracting(OpgeslagenBeschikking::id)
                .containsExactly(id, wijziging);
        assertThat(o.opslag().opvolger(id)).hasValue(wijziging);

        // the same number, a second change of the same decision, a second decision on the request: refused
        assertThatThrownBy(() -> o.opslag().voegToe(nieuw(o, n + 1, Beschikkingsoort.VERLENGING, wijziging, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> o.opslag().voegToe(nieuw(o, n + 2, Beschikkingsoort.VERLENGING, id, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> o.opslag().voegToe(nieuw(o, n + 3, Beschikkingsoort.EERSTE, null, o.aanvraag())))
                .isInstanceOf(DataIntegrityViolationException.class);
        // a change names its previous decision, a first decision none
        assertThatThrownBy(() -> o.opslag().voegToe(nieuw(o, n + 4, Beschikkingsoort.WIJZIGING, null, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> o.opslag().voegToe(nieuw(o, n + 5, Beschikkingsoort.EERSTE, id, null)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest
    @MethodSource("databanken")
    void eenBeslotenAanvraagWordtAlleenVanuitIngediendGemarkeerd(Databron bron) {
        Opzet o = opzet(bron.open());
        OffsetDateTime nu = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        assertThat(o.opslag().markeerAanvraagBesloten(o.aanvraag(), 1, nu)).isFalse();
        assertThat(o.opslag().markeerAanvraagBesloten(o.aanvraag(), 0, nu)).isTrue();
        assertThat(o.opslag().markeerAanvraagBesloten(o.aanvraag(), 1, nu)).isFalse();
        assertThat(o.jdbc().sql("select status from aanvraag where id = ?").params(o.aanvraag()).query(String.class).single())
                .isEqualTo("BESLOTEN");
    }

    @Test
    void postgresWeigertWijzigenEnVerwijderenVanEenBeschikking() {
        Opzet o = opzet(Databank.migreer(postgres.getPostgresDatabase()));
        long id = o.opslag().voegToe(nieuw(o, o.opslag().volgendNummer("0034", 2026), Beschikkingsoort.EERSTE, null, o.aanvraag()));
        JdbcClient jdbc = o.jdbc();
        assertThatThrownBy(() -> jdbc.sql("update beschikking set inhoud = '{}' where id = ?").params(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("update beschikking set brief_pdf = ? where id = ?").params(new byte[] {1}, id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("delete from beschikking where id = ?").params(id).update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("nooit gewijzigd");
        assertThatThrownBy(() -> jdbc.sql("truncate beschikking cascade").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("nooit gewijzigd");
        assertThat(o.opslag().brief(id, Set.of("0034")).orElseThrow().pdf()).isEqualTo(PDF);
    }
}
