package nl.indiceer.web.client;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Clients in the database. Every read takes the municipalities the caller works for and filters on them in SQL,
 * so a client of another municipality is never loaded: the scoping is not a check after the fact.
 */
@Repository
public class ClientOpslag {

    /** Search criteria; null means "not given". {@code naamBegin} is a prefix of the name, case-insensitive. */
    public record Zoekvraag(String bsn, String naamBegin, LocalDate geboortedatum) {
    }

    private final JdbcClient jdbc;

    public ClientOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String zoeknaam(String naam) {
        return naam.toLowerCase(Locale.ROOT);
    }

    public long voegToe(String bsn, String naam, LocalDate geboortedatum, String gemeentecode) {
        return voegToe(bsn, naam, geboortedatum, gemeentecode, null);
    }

    /** {@code adres} may be null (not known yet). */
    public long voegToe(String bsn, String naam, LocalDate geboortedatum, String gemeentecode, Adres adres) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        OffsetDateTime nu = OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                        insert into client (bsn, naam, naam_zoek, geboortedatum, gemeentecode, aangemaakt, gewijzigd, versie,
                            adres_straat, adres_postcode, adres_woonplaats)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)""")
                .params(bsn, naam, zoeknaam(naam), geboortedatum, gemeentecode, nu, nu,
                        adres == null ? null : adres.straat(), adres == null ? null : adres.postcode(),
                        adres == null ? null : adres.woonplaats())
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /**
     * A new address (or none: null) for a client of one of these municipalities, when nobody changed the client since
     * it was read ({@code versie}). False when the client is not there for the caller, or was changed meanwhile.
     */
    public boolean wijzigAdres(long id, Collection<String> gemeenten, Adres adres, int versie) {
        if (gemeenten.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        update client set adres_straat = :straat, adres_postcode = :postcode, adres_woonplaats = :woonplaats,
                            gewijzigd = :nu, versie = versie + 1
                        where id = :id and versie = :versie and gemeentecode in (:gemeenten)""")
                .param("straat", adres == null ? null : adres.straat())
                .param("postcode", adres == null ? null : adres.postcode())
                .param("woonplaats", adres == null ? null : adres.woonplaats())
                .param("nu", OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .param("id", id).param("versie", versie).param("gemeenten", List.copyOf(gemeenten))
                .update() == 1;
    }

    public boolean bsnBestaat(String bsn, String gemeentecode) {
        return jdbc.sql("select count(*) from client where bsn = ? and gemeentecode = ?").params(bsn, gemeentecode)
                .query(Long.class).single() > 0;
    }

    /** The client when it belongs to one of the municipalities; else empty, exactly as when the id does not exist. */
    public Optional<Client> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from client where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", List.copyOf(gemeenten))
                .query(ClientOpslag::client).optional();
    }

    /** One page, ordered by name and id, of the clients of these municipalities that match every given criterion. */
    public List<Client> zoek(Zoekvraag vraag, Collection<String> gemeenten, long offset, int limiet) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        Zoekopdracht opdracht = zoekopdracht(vraag, gemeenten, offset, limiet);
        return jdbc.sql(opdracht.sql()).params(opdracht.parameters()).query(ClientOpslag::client).list();
    }

    /** The SQL of a search and its named parameters: apart, so that a test can ask the database for its plan. */
    record Zoekopdracht(String sql, Map<String, Object> parameters) {
    }

    static Zoekopdracht zoekopdracht(Zoekvraag vraag, Collection<String> gemeenten, long offset, int limiet) {
        StringBuilder sql = new StringBuilder("select * from client where gemeentecode in (:gemeenten)");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("gemeenten", List.copyOf(gemeenten));
        if (vraag.bsn() != null) {
            sql.append(" and bsn = :bsn");
            parameters.put("bsn", vraag.bsn());
        }
        if (vraag.naamBegin() != null) {
            // on PostgreSQL naam_zoek compares byte by byte (V7), so one index gives both this range and the order
            sql.append(" and naam_zoek like :naam escape '\\'");
            parameters.put("naam", escape(zoeknaam(vraag.naamBegin())) + "%");
        }
        if (vraag.geboortedatum() != null) {
            sql.append(" and geboortedatum = :geboortedatum");
            parameters.put("geboortedatum", vraag.geboortedatum());
        }
        sql.append(" order by naam_zoek, id limit :limiet offset :offset");
        parameters.put("limiet", limiet);
        parameters.put("offset", offset);
        return new Zoekopdracht(sql.toString(), parameters);
    }

    /** A prefix taken literally: {@code %} and {@code _} are no wildcards. */
    static String escape(String tekst) {
        return tekst.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Adres adres(ResultSet rs) throws SQLException {
        String straat = rs.getString("adres_straat");
        return straat == null ? null : new Adres(straat, rs.getString("adres_postcode"), rs.getString("adres_woonplaats"));
    }

    private static Client client(ResultSet rs, int rij) throws SQLException {
        return new Client(rs.getLong("id"), rs.getString("bsn"), rs.getString("naam"),
                rs.getObject("geboortedatum", LocalDate.class), rs.getString("gemeentecode"),
                rs.getObject("aangemaakt", OffsetDateTime.class), rs.getObject("gewijzigd", OffsetDateTime.class),
                rs.getInt("versie"), adres(rs));
    }
}
