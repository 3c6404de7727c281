package nl.indiceer.web.berichten;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.indiceer.berichten.toewijzing.EerdereToewijzing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Outgoing messages, the reasons a decision did not become a message, and the ToewijzingNummer of each allocation
 * (V10). Every read for a user takes the user's municipalities and filters on them in SQL.
 */
@Repository
public class UitboxOpslag {

    /** Why a decision did not (fully) become 301s. */
    public record Reden(long id, String gemeentecode, long clientId, long beschikkingId, String reden,
                        OffsetDateTime aangemaakt) {
    }

    private static final String KOLOMMEN = "id, gemeentecode, client_id, beschikking_id, soort, ontvanger, identificatie, "
            + "inhoud, status, bestand, aangemaakt, verzonden, inkomend_bericht_id";

    private final JdbcClient jdbc;

    public UitboxOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    long voegToe(String gemeente, long clientId, long beschikkingId, String soort, String ontvanger, String identificatie,
                 byte[] inhoud, OffsetDateTime moment) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into uitgaand_bericht (gemeentecode, client_id, beschikking_id, soort, ontvanger, identificatie,
                            inhoud, status, aangemaakt)
                        values (?, ?, ?, ?, ?, ?, ?, 'AANGEMAAKT', ?)""")
                .params(gemeente, clientId, beschikkingId, soort, ontvanger, identificatie, inhoud, moment)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /**
     * An answer to an incoming message (a 319 to a 315, a 325 to a 323): no decision behind it, and a 325 is about many
     * clients, so {@code clientId} may be null.
     */
    long voegAntwoordToe(String gemeente, Long clientId, long inkomendBerichtId, String soort, String ontvanger,
                         String identificatie, byte[] inhoud, OffsetDateTime moment) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into uitgaand_bericht (gemeentecode, client_id, inkomend_bericht_id, soort, ontvanger,
                            identificatie, inhoud, status, aangemaakt)
                        values (?, ?, ?, ?, ?, ?, ?, 'AANGEMAAKT', ?)""")
                .params(gemeente, clientId, inkomendBerichtId, soort, ontvanger, identificatie, inhoud, moment)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /**
     * The 325 that answers a provider's 323 (V22: {@code declaratie_id}; the 323 is not an {@code inkomend_bericht}).
     * No decision and no single client behind it.
     */
    public long voegDeclaratieantwoordToe(String gemeente, long declaratieId, String soort, String ontvanger,
                                          String identificatie, byte[] inhoud, OffsetDateTime moment) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into uitgaand_bericht (gemeentecode, declaratie_id, soort, ontvanger, identificatie, inhoud,
                            status, aangemaakt)
                        values (?, ?, ?, ?, ?, ?, 'AANGEMAAKT', ?)""")
                .params(gemeente, declaratieId, soort, ontvanger, identificatie, inhoud, moment)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    void voegRedenToe(String gemeente, long clientId, long beschikkingId, String reden, OffsetDateTime moment) {
        String ingekort = reden.length() > 2000 ? reden.substring(0, 1997) + "..." : reden;
        jdbc.sql("insert into bericht_reden (gemeentecode, client_id, beschikking_id, reden, aangemaakt) values (?, ?, ?, ?, ?)")
                .params(gemeente, clientId, beschikkingId, ingekort, moment).update();
    }

    /** The messages still to be written, oldest first (for the writer; no user, no scoping). */
    List<UitgaandBericht> aangemaakt(int hoogstens) {
        return jdbc.sql("select " + KOLOMMEN + " from uitgaand_bericht where status = 'AANGEMAAKT' order by id limit " + hoogstens)
                .query(UitboxOpslag::lees).list();
    }

    /** Only from AANGEMAAKT: a second writer (or a second run after a crash) changes nothing. */
    boolean markeerVerzonden(long id, String bestand, OffsetDateTime moment) {
        return jdbc.sql("update uitgaand_bericht set status = 'VERZONDEN', bestand = ?, verzonden = ? "
                        + "where id = ? and status = 'AANGEMAAKT'")
                .params(bestand, moment, id).update() == 1;
    }

    public Optional<UitgaandBericht> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + KOLOMMEN + " from uitgaand_bericht where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", gemeenten).query(UitboxOpslag::lees).optional();
    }

    /** Newest first, at most {@code hoogstens}. */
    public List<UitgaandBericht> lijst(Collection<String> gemeenten, int hoogstens) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from uitgaand_bericht where gemeentecode in (:gemeenten) order by id desc "
                        + "limit " + hoogstens)
                .param("gemeenten", gemeenten).query(UitboxOpslag::lees).list();
    }

    public List<UitgaandBericht> vanBeschikking(long beschikkingId) {
        return jdbc.sql("select " + KOLOMMEN + " from uitgaand_bericht where beschikking_id = ? order by id")
                .params(beschikkingId).query(UitboxOpslag::lees).list();
    }

    public List<Reden> redenen(Collection<String> gemeenten, int hoogstens) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, gemeentecode, client_id, beschikking_id, reden, aangemaakt from bericht_reden "
                        + "where gemeentecode in (:gemeenten) order by id desc limit " + hoogstens)
                .param("gemeenten", gemeenten)
                .query((rs, i) -> new Reden(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class))).list();
    }

    public List<String> redenenVanBeschikking(long beschikkingId) {
        return jdbc.sql("select reden from bericht_reden where beschikking_id = ? order by id").params(beschikkingId)
                .query(String.class).list();
    }

    /** The client's allocations as sent before: timeline id to ToewijzingNummer and decision moment. */
    Map<String, EerdereToewijzing> toewijzingen(String gemeente, long clientId) {
        Map<String, EerdereToewijzing> uit = new LinkedHashMap<>();
        // the client's own numbers; a family product's other children have theirs (gezinstoewijzingen)
        jdbc.sql("select toewijzing, nummer, moment from toewijzing_bericht where gemeentecode = ? and client_id = ? "
                        + "and ontvanger_id = client_id")
                .params(gemeente, clientId)
                .query((ResultSet rs) -> {
                    uit.put(rs.getString(1), new EerdereToewijzing(rs.getLong(2), rs.getObject(3, LocalDateTime.class)));
                });
        return uit;
    }

    /**
     * The numbers a family product of the client's decisions was sent with to other children (V26): by allocation id,
     * then by the child's client id.
     */
    Map<String, Map<Long, EerdereToewijzing>> gezinstoewijzingen(String gemeente, long clientId) {
        Map<String, Map<Long, EerdereToewijzing>> uit = new LinkedHashMap<>();
        jdbc.sql("select toewijzing, ontvanger_id, nummer, moment from toewijzing_bericht where gemeentecode = ? "
                        + "and client_id = ? and ontvanger_id <> client_id")
                .params(gemeente, clientId)
                .query((ResultSet rs) -> {
                    uit.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).put(rs.getLong(2),
                            new EerdereToewijzing(rs.getLong(3), rs.getObject(4, LocalDateTime.class)));
                });
        return uit;
    }

    /** The number an allocation of the timeline was last sent with in the 301 of {@code ontvangerId} (client or child). */
    void legToewijzingVast(String gemeente, long clientId, long ontvangerId, String toewijzing, String wet, long nummer,
                           LocalDateTime moment) {
        int n = jdbc.sql("update toewijzing_bericht set wet = ?, nummer = ?, moment = ? where gemeentecode = ? "
                        + "and toewijzing = ? and ontvanger_id = ?")
                .params(wet, nummer, moment, gemeente, toewijzing, ontvangerId).update();
        if (n == 0) {
            jdbc.sql("insert into toewijzing_bericht (gemeentecode, toewijzing, client_id, ontvanger_id, wet, nummer, moment) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(gemeente, toewijzing, clientId, ontvangerId, wet, nummer, moment).update();
        }
    }

    /** The client (id) a ToewijzingNummer of this law was sent for; empty when unknown. */
    public Optional<Long> clientMetNummer(String gemeente, String wet, long nummer) {
        return jdbc.sql("select client_id from toewijzing_bericht where gemeentecode = ? and wet = ? and nummer = ?")
                .params(gemeente, wet, nummer).query(Long.class).optional();
    }

    private static UitgaandBericht lees(ResultSet rs, int i) throws SQLException {
        return new UitgaandBericht(rs.getLong("id"), rs.getString("gemeentecode"), rs.getObject("client_id", Long.class),
                rs.getObject("beschikking_id", Long.class), rs.getString("soort"), rs.getString("ontvanger"), rs.getString("identificatie"),
                rs.getBytes("inhoud"), Berichtstatus.valueOf(rs.getString("status")), rs.getString("bestand"),
                rs.getObject("aangemaakt", OffsetDateTime.class), rs.getObject("verzonden", OffsetDateTime.class),
                rs.getObject("inkomend_bericht_id", Long.class));
    }

    /** A retour's code of one part (V23). */
    public record Retourcode(String deel, String sleutel, String code) {
    }

    /** The message this municipality sent with this BerichtIdentificatie, for a retour (no user: the caller scopes). */
    Optional<UitgaandBericht> metIdentificatie(String gemeente, String identificatie) {
        return jdbc.sql("select " + KOLOMMEN + " from uitgaand_bericht where gemeentecode = ? and identificatie = ?")
                .params(gemeente, identificatie).query(UitboxOpslag::lees).optional();
    }

    /** RETOUR_ONTVANGEN or AFGEKEURD, only once and only for a message that was sent. */
    boolean markeerRetour(long id, Berichtstatus status) {
        return jdbc.sql("update uitgaand_bericht set status = ? where id = ? and status = 'VERZONDEN'")
                .params(status.name(), id).update() == 1;
    }

    void voegRetourcodeToe(long uitgaandId, long inkomendId, int volgorde, String deel, String sleutel, String code) {
        jdbc.sql("insert into retourcode (uitgaand_bericht_id, inkomend_bericht_id, volgorde, deel, sleutel, code) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(uitgaandId, inkomendId, volgorde, deel, sleutel != null && sleutel.length() > 40
                        ? sleutel.substring(0, 40) : sleutel, code).update();
    }

    /** The codes of the retour on this message, in their order; empty when none arrived. */
    public List<Retourcode> retourcodes(long uitgaandId) {
        return jdbc.sql("select deel, sleutel, code from retourcode where uitgaand_bericht_id = ? order by volgorde")
                .params(uitgaandId).query((rs, i) -> new Retourcode(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * The messages that answer this incoming one: the 319s made for it, and the 301s of the decision on the request it
     * became. Scoped by the caller's municipalities.
     */
    public List<UitgaandBericht> antwoordenOp(long inkomendId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        String kolommen = KOLOMMEN.replaceAll("(^|, )([a-z_]+)", "$1u.$2");
        return jdbc.sql("select " + kolommen + " from uitgaand_bericht u where u.gemeentecode in (:gemeenten) and ("
                        + "u.inkomend_bericht_id = :id or u.beschikking_id in (select b.id from beschikking b join "
                        + "inkomend_bericht i on i.aanvraag_id = b.aanvraag_id where i.id = :id)) order by u.id")
                .param("id", inkomendId).param("gemeenten", gemeenten).query(UitboxOpslag::lees).list();
    }
}
