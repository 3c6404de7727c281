package nl.indiceer.web.declaratie;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Received 323s and the outcome per prestatie (V22). Every read for a user filters on the user's municipalities in
 * SQL. Prestaties go in by batches and come out by a callback, so a message of a million lines is never one list.
 */
@Repository
public class DeclaratieOpslag {

    /** Rows per batch insert and per fetch of a streamed read. */
    static final int PARTIJ = 1000;

    private static final String KOLOMMEN = "id, gemeentecode, soort, afzender, identificatie, dagtekening, basisschema_versie, "
            + "bericht_versie, declaratienummer, periode_begin, periode_eind, declaratie_dagtekening, totaal_bedrag, "
            + "debet_credit, bestand, status, reden, regel, prestaties, afgekeurd, ingediend_bedrag, goedgekeurd_bedrag, "
            + "ontvangen, ontvangen_door, antwoordtermijn, beantwoord, beantwoord_door";
    private static final String REGELKOLOMMEN = "p.volgnummer, p.regel, p.bsn, p.client_id, p.referentie, p.vorige_referentie, "
            + "p.toewijzingnummer, p.productcategorie, p.productcode, p.begindatum, p.einddatum, p.volume, p.eenheid, "
            + "p.producttarief, p.bedrag, p.debet_credit, p.goedgekeurd, p.codes, p.retourcodes, p.redenen";

    private final JdbcClient jdbc;
    private final JdbcTemplate stroom;

    public DeclaratieOpslag(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
        this.stroom = new JdbcTemplate(jdbc.getDataSource());
        // PostgreSQL hands rows in portions only with a fetch size (and inside a transaction); else it reads all at once
        this.stroom.setFetchSize(PARTIJ);
    }

    /** What is known of a message before its prestaties are checked. */
    record Ontvangst(String gemeente, byte[] inhoud, String bestand, OffsetDateTime ontvangen, String door,
                     LocalDate antwoordtermijn) {
    }

    /** A message refused as a whole: its bytes and the reason, nothing else (the head only when it could be read). */
    long voegAfgekeurdToe(Ontvangst o, Declaratiekop kop, String reden, int regel) {
        String ingekort = reden.length() > 4000 ? reden.substring(0, 3997) + "..." : reden;
        return voegToe(o, kop, Declaratiestatus.AFGEKEURD, ingekort, regel);
    }

    /** A message whose prestaties are about to be stored; its totals follow with {@link #sluit}. */
    long voegGecontroleerdToe(Ontvangst o, Declaratiekop kop) {
        return voegToe(o, kop, Declaratiestatus.GECONTROLEERD, null, null);
    }

    private long voegToe(Ontvangst o, Declaratiekop kop, Declaratiestatus status, String reden, Integer regel) {
        var sleutel = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into declaratie (gemeentecode, soort, afzender, identificatie, dagtekening, basisschema_versie,
                            bericht_versie, declaratienummer, periode_begin, periode_eind, declaratie_dagtekening, totaal_bedrag,
                            debet_credit, inhoud, bestand, status, reden, regel, ontvangen, ontvangen_door, antwoordtermijn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.gemeente(), kop == null ? null : kop.soort().name(), kop == null ? null : kop.afzender(),
                        kop == null ? null : kop.identificatie(), kop == null ? null : kop.dagtekening(),
                        kop == null ? null : kop.xsdVersie().basisschema(), kop == null ? null : kop.xsdVersie().bericht(),
                        kop == null ? null : kop.declaratieNummer(), kop == null ? null : kop.periodeBegin(),
                        kop == null ? null : kop.periodeEind(), kop == null ? null : kop.declaratieDagtekening(),
                        kop == null ? null : kop.totaalBedrag(), kop == null ? null : kop.debetCredit(), o.inhoud(),
                        o.bestand(), status.name(), reden, regel, o.ontvangen(), o.door(), o.antwoordtermijn())
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /** One batch of checked prestaties of a message. */
    void voegRegelsToe(long declaratieId, String gemeente, List<Declaratieregel> partij) {
        stroom.batchUpdate("""
                insert into declaratieprestatie (declaratie_id, gemeentecode, volgnummer, regel, bsn, client_id, referentie,
                    vorige_referentie, toewijzingnummer, productcategorie, productcode, begindatum, einddatum, volume, eenheid,
                    producttarief, bedrag, debet_credit, goedgekeurd, codes, retourcodes, redenen)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", partij, partij.size(),
                (PreparedStatement ps, Declaratieregel r) -> {
                    ps.setLong(1, declaratieId);
                    ps.setString(2, gemeente);
                    ps.setInt(3, r.volgnummer());
                    ps.setInt(4, r.regel());
                    ps.setString(5, r.bsn());
                    ps.setObject(6, r.clientId(), Types.BIGINT);
                    ps.setString(7, r.referentie());
                    ps.setString(8, r.vorigeReferentie());
                    ps.setLong(9, r.toewijzingnummer());
                    ps.setString(10, r.productcategorie());
                    ps.setString(11, r.productcode());
                    ps.setObject(12, r.begin());
                    ps.setObject(13, r.eind());
                    ps.setLong(14, r.volume());
                    ps.setString(15, r.eenheid());
                    ps.setObject(16, r.producttarief(), Types.BIGINT);
                    ps.setLong(17, r.bedrag());
                    ps.setString(18, r.debetCredit());
                    ps.setBoolean(19, r.goedgekeurd());
                    ps.setString(20, r.codes().isEmpty() ? null : String.join(" ", r.codes()));
                    ps.setString(21, r.retourcodes().isEmpty() ? null : String.join(" ", r.retourcodes()));
                    String redenen = String.join("\n", r.redenen());
                    ps.setString(22, redenen.isEmpty() ? null : redenen.length() > 4000 ? redenen.substring(0, 3997) + "..." : redenen);
                });
    }

    /** The totals of a checked message, once all its prestaties are stored. */
    void sluit(long id, long prestaties, long afgekeurd, long ingediend, long goedgekeurd) {
        jdbc.sql("update declaratie set prestaties = ?, afgekeurd = ?, ingediend_bedrag = ?, goedgekeurd_bedrag = ? where id = ?")
                .params(prestaties, afgekeurd, ingediend, goedgekeurd, id).update();
    }

    /** Only from GECONTROLEERD: approving twice (two colleagues at once) puts one 325 in the outbox. */
    boolean markeerBeantwoord(long id, String door, OffsetDateTime moment) {
        return jdbc.sql("update declaratie set status = 'BEANTWOORD', beantwoord = ?, beantwoord_door = ? "
                        + "where id = ? and status = 'GECONTROLEERD'")
                .params(moment, door, id).update() == 1;
    }

    /**
     * Makes checks of one municipality take turns until the transaction ends: each is checked against what the one
     * before approved (TR322 across messages, a credit of an earlier debit).
     */
    void wachtOpBeurt(String gemeente) {
        jdbc.sql("select gemeentecode from gemeente where gemeentecode = ? for update").params(gemeente).query(String.class).list();
    }

    public Optional<Declaratie> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select " + KOLOMMEN + " from declaratie where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", gemeenten).query(DeclaratieOpslag::lees).optional();
    }

    /** Newest first, at most {@code hoogstens}. */
    public List<Declaratie> lijst(Collection<String> gemeenten, int hoogstens) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + KOLOMMEN + " from declaratie where gemeentecode in (:gemeenten) order by id desc limit "
                        + hoogstens)
                .param("gemeenten", gemeenten).query(DeclaratieOpslag::lees).list();
    }

    /** An earlier declaration with this number from this provider that was not refused as a whole. */
    Optional<Long> eerdereMetNummer(String gemeente, String afzender, String declaratienummer) {
        return jdbc.sql("select id from declaratie where gemeentecode = ? and afzender = ? and declaratienummer = ? "
                        + "and status <> 'AFGEKEURD' order by id limit 1")
                .params(gemeente, afzender, declaratienummer).query(Long.class).optional();
    }

    byte[] inhoud(long id) {
        return jdbc.sql("select inhoud from declaratie where id = ?").params(id).query(byte[].class).single();
    }

    /** The prestaties of one message in its order, {@code hoogstens} from {@code vanaf} (for a page of the report). */
    List<Declaratieregel> regels(long declaratieId, int vanaf, int hoogstens) {
        return jdbc.sql("select " + REGELKOLOMMEN + " from declaratieprestatie p where p.declaratie_id = ? "
                        + "and p.volgnummer >= ? order by p.volgnummer limit " + hoogstens)
                .params(declaratieId, vanaf).query((rs, i) -> leesRegel(rs, 0)).list();
    }

    /** Every prestatie of one message in its order, one at a time. */
    void elkeRegel(long declaratieId, Consumer<Declaratieregel> ontvanger) {
        stroom.query("select " + REGELKOLOMMEN + " from declaratieprestatie p where p.declaratie_id = ? order by p.volgnummer",
                (RowCallbackHandler) rs -> ontvanger.accept(leesRegel(rs, 0)), declaratieId);
    }

    /**
     * Every approved prestatie of the municipality's checked and answered declarations (or of one client's), in the
     * order they were approved, with the provider that declared it.
     */
    void goedgekeurdeRegels(String gemeente, Long clientId, BiConsumer<String, Declaratieregel> ontvanger) {
        String sql = "select d.afzender, " + REGELKOLOMMEN + " from declaratieprestatie p join declaratie d on d.id = p.declaratie_id "
                + "where p.gemeentecode = ? and p.goedgekeurd and d.status in ('GECONTROLEERD', 'BEANTWOORD')"
                + (clientId == null ? "" : " and p.client_id = ?") + " order by p.declaratie_id, p.volgnummer";
        Object[] params = clientId == null ? new Object[] {gemeente} : new Object[] {gemeente, clientId};
        stroom.query(sql, (RowCallbackHandler) rs -> ontvanger.accept(rs.getString(1), leesRegel(rs, 1)), params);
    }

    /**
     * Notes, per approved prestatie of a declaration (by volgnummer), the no-shows per calendar year it declared (V27):
     * a later check counts them toward a region's maximum.
     */
    void noteerNoShows(long declaratieId, java.util.Map<Integer, java.util.Map<Integer, Integer>> perVolgnummer) {
        if (perVolgnummer.isEmpty()) {
            return;
        }
        List<Object[]> rijen = new java.util.ArrayList<>(perVolgnummer.size());
        perVolgnummer.forEach((volgnummer, perJaar) -> rijen.add(new Object[] {NoShowtelling.alsTekst(perJaar), declaratieId,
                volgnummer}));
        stroom.batchUpdate("update declaratieprestatie set no_shows = ? where declaratie_id = ? and volgnummer = ?", rijen);
    }

    /**
     * The no-shows per calendar year of the approved prestaties of a municipality, by {@link NoShowtelling#sleutel}: only
     * the prestaties that declared any (few), so this map stays small.
     */
    java.util.Map<String, java.util.Map<Integer, Integer>> noShows(String gemeente) {
        java.util.Map<String, java.util.Map<Integer, Integer>> uit = new java.util.HashMap<>();
        stroom.query("select p.referentie, p.toewijzingnummer, p.no_shows from declaratieprestatie p join declaratie d "
                        + "on d.id = p.declaratie_id where p.gemeentecode = ? and p.goedgekeurd and p.no_shows is not null "
                        + "and d.status in ('GECONTROLEERD', 'BEANTWOORD')",
                (RowCallbackHandler) rs -> uit.put(NoShowtelling.sleutel(rs.getString(1), rs.getLong(2)),
                        NoShowtelling.uitTekst(rs.getString(3))), gemeente);
        return uit;
    }

    private static Declaratie lees(ResultSet rs, int i) throws SQLException {
        return new Declaratie(rs.getLong("id"), rs.getString("gemeentecode"), rs.getString("soort"), rs.getString("afzender"),
                rs.getString("identificatie"), rs.getObject("dagtekening", LocalDate.class), rs.getString("basisschema_versie"),
                rs.getString("bericht_versie"), rs.getString("declaratienummer"), rs.getObject("periode_begin", LocalDate.class),
                rs.getObject("periode_eind", LocalDate.class), rs.getObject("declaratie_dagtekening", LocalDate.class),
                rs.getObject("totaal_bedrag", Long.class), rs.getString("debet_credit"), rs.getString("bestand"),
                Declaratiestatus.valueOf(rs.getString("status")), rs.getString("reden"), rs.getObject("regel", Integer.class),
                rs.getObject("prestaties", Integer.class), rs.getObject("afgekeurd", Integer.class),
                rs.getObject("ingediend_bedrag", Long.class), rs.getObject("goedgekeurd_bedrag", Long.class),
                rs.getObject("ontvangen", OffsetDateTime.class), rs.getString("ontvangen_door"),
                rs.getObject("antwoordtermijn", LocalDate.class), rs.getObject("beantwoord", OffsetDateTime.class),
                rs.getString("beantwoord_door"));
    }

    /** @param verschuiving the number of columns before the prestatie's own */
    private static Declaratieregel leesRegel(ResultSet rs, int verschuiving) throws SQLException {
        int k = verschuiving;
        return new Declaratieregel(rs.getInt(k + 1), rs.getInt(k + 2), rs.getString(k + 3), rs.getObject(k + 4, Long.class),
                rs.getString(k + 5), rs.getString(k + 6), rs.getLong(k + 7), rs.getString(k + 8), rs.getString(k + 9),
                rs.getObject(k + 10, LocalDate.class), rs.getObject(k + 11, LocalDate.class), rs.getLong(k + 12),
                rs.getString(k + 13), rs.getObject(k + 14, Long.class), rs.getLong(k + 15), rs.getString(k + 16),
                rs.getBoolean(k + 17), lijst(rs.getString(k + 18), " "), lijst(rs.getString(k + 19), " "),
                lijst(rs.getString(k + 20), "\n"));
    }

    private static List<String> lijst(String s, String scheiding) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(scheiding));
    }
}
