package nl.indiceer.web.berichten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Incoming messages (table {@code inkomend_bericht}, V10); every read filters on the caller's municipalities in SQL. */
@Repository
public class InkomendeBerichtenOpslag {

    private static final String KOLOMMEN = "id, gemeentecode, soort, afzender, identificatie, inhoud, status, reden, regel, "
            + "client_id, aanvraag_id, toewijzingnummer, datum, ontvangen, ontvangen_door, controle, uitgaand_bericht_id";

    private final JdbcClient jdbc;

    public InkomendeBerichtenOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long voegToe(String gemeente, String soort, String afzender, String identificatie, byte[] inhoud, String status,
                 String reden, Integer regel, Long clientId, Long aanvraagId, Long toewijzingnummer, LocalDate datum,
                 OffsetDateTime ontvangen, String door) {
        String ingekort = reden != null && reden.length() > 4000 ? reden.substring(0, 3997) + "..." : reden;
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into inkomend_bericht (gemeentecode, soort, afzender, identificatie, inhoud, status, reden, regel,
                            client_id, aanvraag_id, toewijzingnummer, datum, ontvangen, ontvangen_door)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeente, soort, afzender == null || afzender.length() > 8 ? null : afzender,
                        identificatie == null || identificatie.length() > 12 ? null : identificatie, inhoud, status,
                        ingekort, regel, clientId, aanvraagId, toewijzingnummer, datum, ontvangen, door)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    public Optional<InkomendBericht> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + KOLOMMEN + " from inkomend_bericht where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", gemeenten).query(InkomendeBerichtenOpslag::lees).optional();
    }

    /** Newest first. */
    public List<InkomendBericht> lijst(Collection<String> gemeenten, int hoogstens) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from inkomend_bericht where gemeentecode in (:gemeenten) order by id desc "
                        + "limit " + hoogstens)
                .param("gemeenten", gemeenten).query(InkomendeBerichtenOpslag::lees).list();
    }

    /** The client's registered messages (305, 307, 315), oldest first. */
    public List<InkomendBericht> vanClient(long clientId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from inkomend_bericht where client_id = :client and gemeentecode in (:gemeenten) "
                        + "order by id")
                .param("client", clientId).param("gemeenten", gemeenten).query(InkomendeBerichtenOpslag::lees).list();
    }

    /** Whether a 305 (or 307: {@code nummer} "307") of this allocation was received and registered. */
    public boolean ontvangen(String gemeente, String nummer, long toewijzingnummer) {
        return jdbc.sql("select count(*) from inkomend_bericht where gemeentecode = ? and soort like ? and toewijzingnummer = ? "
                        + "and status = 'VERWERKT'")
                .params(gemeente, "%" + nummer, toewijzingnummer).query(Integer.class).single() > 0;
    }

    private static InkomendBericht lees(ResultSet rs, int i) throws SQLException {
        return new InkomendBericht(rs.getLong("id"), rs.getString("gemeentecode"), rs.getString("soort"),
                rs.getString("afzender"), rs.getString("identificatie"), rs.getBytes("inhoud"), rs.getString("status"),
                rs.getString("reden"), (Integer) rs.getObject("regel", Integer.class), rs.getObject("client_id", Long.class),
                rs.getObject("aanvraag_id", Long.class), rs.getObject("toewijzingnummer", Long.class),
                rs.getObject("datum", LocalDate.class), rs.getObject("ontvangen", OffsetDateTime.class),
                rs.getString("ontvangen_door"), rs.getString("controle"), rs.getObject("uitgaand_bericht_id", Long.class));
    }

    /** What someone must check by hand (a code, V23). */
    void zetControle(long id, String controle) {
        jdbc.sql("update inkomend_bericht set controle = ? where id = ?").params(controle, id).update();
    }

    /** A retour message: the outgoing message it answers (V23). */
    void koppelUitgaand(long id, long uitgaandBerichtId) {
        jdbc.sql("update inkomend_bericht set uitgaand_bericht_id = ? where id = ?").params(uitgaandBerichtId, id).update();
    }

    /** A 315 or 317 answered with a 319; only from a status that still waits for an answer. */
    boolean markeerBeantwoord(long id) {
        return jdbc.sql("update inkomend_bericht set status = 'BEANTWOORD' where id = ? and status in ('VERWERKT', "
                + "'TE_BEHANDELEN')").params(id).update() == 1;
    }

    /** Locks the row for the answer being made: two consultants refusing at once answer once. */
    Optional<String> statusVoorUpdate(long id) {
        return jdbc.sql("select status from inkomend_bericht where id = ? for update").params(id).query(String.class)
                .optional();
    }
}
