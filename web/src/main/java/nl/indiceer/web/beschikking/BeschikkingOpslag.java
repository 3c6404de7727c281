package nl.indiceer.web.beschikking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.RegelingVersie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Decisions in the database (table {@code beschikking}, V8). Only inserts and reads: a decision is never changed (on
 * PostgreSQL the database refuses it, V8_1). Every read takes the caller's municipalities and filters on them in SQL.
 */
@Repository
public class BeschikkingOpslag {

    /** The letter as stored. */
    public record Brief(String kenmerk, byte[] pdf, String sha256) {
    }

    /** What one insert writes. */
    record Nieuw(String kenmerk, String gemeentecode, int jaar, int volgnummer, long clientId, Beschikkingsoort soort,
                 Long vorigeId, Long aanvraagId, RegelingVersie regeling, String besluitnemer, OffsetDateTime moment,
                 String inhoud, byte[] pdf, String sha256) {
    }

    private static final String KOLOMMEN = "id, kenmerk, soort, vorige_id, aanvraag_id, client_id, gemeentecode, regio, "
            + "geldig_vanaf, regeling_hash, besluitnemer, moment, inhoud, brief_sha256";

    private final JdbcClient jdbc;

    public BeschikkingOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next free number of the municipality in the year; two at once: the unique constraint refuses one. */
    int volgendNummer(String gemeentecode, int jaar) {
        return jdbc.sql("select coalesce(max(volgnummer), 0) + 1 from beschikking where gemeentecode = ? and jaar = ?")
                .params(gemeentecode, jaar).query(Integer.class).single();
    }

    long voegToe(Nieuw n) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into beschikking (kenmerk, gemeentecode, jaar, volgnummer, client_id, soort, vorige_id,
                            aanvraag_id, regio, geldig_vanaf, regeling_hash, besluitnemer, moment, inhoud, brief_pdf,
                            brief_sha256)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(n.kenmerk(), n.gemeentecode(), n.jaar(), n.volgnummer(), n.clientId(), n.soort().name(),
                        n.vorigeId(), n.aanvraagId(), n.regeling().regio(), n.regeling().geldigVanaf(),
                        n.regeling().hash(), n.besluitnemer(), n.moment(), n.inhoud(), n.pdf(), n.sha256())
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    public Optional<OpgeslagenBeschikking> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + KOLOMMEN + " from beschikking where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", gemeenten).query(BeschikkingOpslag::lees).optional();
    }

    /** The client's decisions, oldest first. */
    public List<OpgeslagenBeschikking> vanClient(long clientId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from beschikking where client_id = :client and gemeentecode in (:gemeenten) "
                        + "order by moment, id")
                .param("client", clientId).param("gemeenten", gemeenten).query(BeschikkingOpslag::lees).list();
    }

    /**
     * Every decision of these municipalities, grouped by client (client, then oldest first), handed to {@code perClient}
     * one client at a time, so a list over all clients (the deadlines) holds one client's decisions in memory, not all.
     */
    public void perClient(Collection<String> gemeenten, java.util.function.Consumer<List<OpgeslagenBeschikking>> perClient) {
        if (gemeenten.isEmpty()) {
            return;
        }
        List<OpgeslagenBeschikking> client = new java.util.ArrayList<>();
        try (var rijen = jdbc.sql("select " + KOLOMMEN + " from beschikking where gemeentecode in (:gemeenten) "
                        + "order by client_id, moment, id")
                .param("gemeenten", gemeenten).query(BeschikkingOpslag::lees).stream()) {
            rijen.forEach(b -> {
                if (!client.isEmpty() && client.get(0).clientId() != b.clientId()) {
                    perClient.accept(List.copyOf(client));
                    client.clear();
                }
                client.add(b);
            });
        }
        if (!client.isEmpty()) {
            perClient.accept(List.copyOf(client));
        }
    }

    /** The id of the decision made from this request, if any. */
    public Optional<Long> vanAanvraag(long aanvraagId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from beschikking where aanvraag_id = :aanvraag and gemeentecode in (:gemeenten)")
                .param("aanvraag", aanvraagId).param("gemeenten", gemeenten).query(Long.class).optional();
    }

    /** The decision that changes this one, if any. */
    Optional<Long> opvolger(long id) {
        return jdbc.sql("select id from beschikking where vorige_id = ?").params(id).query(Long.class).optional();
    }

    public Optional<Brief> brief(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select kenmerk, brief_pdf, brief_sha256 from beschikking where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", gemeenten)
                .query((rs, i) -> new Brief(rs.getString(1), rs.getBytes(2), rs.getString(3))).optional();
    }

    /** Marks the request decided, when it is still INGEDIEND at this version; false otherwise (nothing changed). */
    boolean markeerAanvraagBesloten(long aanvraagId, int versie, OffsetDateTime nu) {
        return jdbc.sql("""
                        update aanvraag set status = 'BESLOTEN', gewijzigd = ?, versie = versie + 1
                        where id = ? and versie = ? and status = 'INGEDIEND'""")
                .params(nu, aanvraagId, versie).update() == 1;
    }

    private static OpgeslagenBeschikking lees(ResultSet rs, int i) throws SQLException {
        return new OpgeslagenBeschikking(rs.getLong("id"), rs.getString("kenmerk"), Beschikkingsoort.valueOf(rs.getString("soort")),
                rs.getObject("vorige_id", Long.class), rs.getObject("aanvraag_id", Long.class), rs.getLong("client_id"),
                rs.getString("gemeentecode"),
                new RegelingVersie(rs.getString("regio"), rs.getObject("geldig_vanaf", LocalDate.class), rs.getString("regeling_hash")),
                rs.getString("besluitnemer"), rs.getObject("moment", OffsetDateTime.class), rs.getString("inhoud"),
                rs.getString("brief_sha256"));
    }
}
