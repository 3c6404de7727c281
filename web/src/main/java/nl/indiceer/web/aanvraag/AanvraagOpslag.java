package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.regeling.RegelingVersie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Saved requests in the database (table {@code aanvraag}, V6). Like the clients, every read and every change takes
 * the municipalities the caller works for and filters on them in SQL: another municipality's aanvraag is never
 * loaded and never changed. Plain SQL, the same on H2 and PostgreSQL.
 */
@Repository
public class AanvraagOpslag {

    /** More municipalities than this in one list: one query with {@code in (...)} instead of one per municipality. */
    static final int MAX_GEMEENTEN_APART = 20;

    /** What the engine made of the input: a result with its rulebook version, or the problems with the input. */
    public record Berekening(RegelingVersie regeling, String resultaat, List<Invoerfout> fouten, Samenvatting samenvatting) {

        public Berekening {
            fouten = fouten == null ? List.of() : List.copyOf(fouten);
        }

        public static Berekening niet(List<Invoerfout> fouten) {
            return new Berekening(null, null, fouten, Samenvatting.NIET_BEREKEND);
        }

        public boolean berekend() {
            return resultaat != null;
        }
    }

    /** Filters of a list; null means "not given". {@code gemeentecode} narrows the caller's municipalities to one. */
    public record Filter(Aanvraagstatus status, String gemeentecode, String consulent, Long clientId) {

        public static final Filter GEEN = new Filter(null, null, null, null);
    }

    /** A line of a list: no input, no result, no personal data. */
    @io.swagger.v3.oas.annotations.media.Schema(name = "Aanvraagregel")
    public record Lijstregel(long id, long clientId, String gemeentecode, Aanvraagstatus status, String consulent,
                             String gewijzigdDoor, OffsetDateTime gewijzigd, int versie, Samenvatting samenvatting) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LIJSTKOLOMMEN = "id, client_id, gemeentecode, status, consulent, gewijzigd_door, gewijzigd, "
            + "versie, kosten_totaal_cent, aantal_fout, aantal_waarschuwing";

    private final JdbcClient jdbc;

    public AanvraagOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Now, to the microsecond: both databases keep microseconds, so what is written is exactly what is read back
     * (and a list's cursor, made of it, finds its row again).
     */
    static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** The municipality of the client when it is one of these; else empty, exactly as when it does not exist. */
    public Optional<String> gemeenteVanClient(long clientId, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select gemeentecode from client where id = :id and gemeentecode in (:gemeenten)")
                .param("id", clientId).param("gemeenten", List.copyOf(gemeenten))
                .query(String.class).optional();
    }

    public long voegToe(long clientId, String gemeentecode, Aanvraagstatus status, String consulent, String invoer,
                        Berekening b) {
        KeyHolder sleutel = new GeneratedKeyHolder();
        OffsetDateTime nu = nu();
        inhoud(jdbc.sql("""
                        insert into aanvraag (client_id, gemeentecode, status, consulent, gewijzigd_door, invoer, regio,
                            geldig_vanaf, regeling_hash, resultaat, fouten, kosten_totaal_cent, aantal_fout,
                            aantal_waarschuwing, aangemaakt, gewijzigd, versie)
                        values (:client, :gemeente, :status, :door, :door, :invoer, :regio, :vanaf, :hash, :resultaat,
                            :fouten, :kosten, :fout, :waarschuwing, :nu, :nu, 0)"""), status, consulent, invoer, b)
                .param("client", clientId).param("gemeente", gemeentecode).param("nu", nu)
                .update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /**
     * Saves a new content when the stored version is still {@code versie} (and the aanvraag is of one of these
     * municipalities), raising the version by one. False when not: someone saved in between, or it is not there.
     */
    public boolean wijzig(long id, int versie, Collection<String> gemeenten, Aanvraagstatus status, String door,
                          String invoer, Berekening b) {
        if (gemeenten.isEmpty()) {
            return false;
        }
        int aantal = inhoud(jdbc.sql("""
                        update aanvraag set status = :status, gewijzigd_door = :door, invoer = :invoer, regio = :regio,
                            geldig_vanaf = :vanaf, regeling_hash = :hash, resultaat = :resultaat, fouten = :fouten,
                            kosten_totaal_cent = :kosten, aantal_fout = :fout, aantal_waarschuwing = :waarschuwing,
                            gewijzigd = :nu, versie = versie + 1
                        where id = :id and versie = :versie and gemeentecode in (:gemeenten)"""), status, door, invoer, b)
                .param("nu", nu()).param("id", id).param("versie", versie).param("gemeenten", List.copyOf(gemeenten))
                .update();
        return aantal == 1;
    }

    /** The parameters of the content, typed, so that a null is bound as what its column holds on both databases. */
    private static JdbcClient.StatementSpec inhoud(JdbcClient.StatementSpec sql, Aanvraagstatus status, String door,
                                                   String invoer, Berekening b) {
        RegelingVersie r = b.regeling();
        Samenvatting s = b.samenvatting();
        return sql.param("status", status.name()).param("door", door).param("invoer", invoer)
                .param("regio", r == null ? null : r.regio(), Types.VARCHAR)
                .param("vanaf", r == null ? null : r.geldigVanaf(), Types.DATE)
                .param("hash", r == null ? null : r.hash(), Types.CHAR)
                .param("resultaat", b.resultaat(), Types.VARCHAR)
                .param("fouten", fouten(b.fouten()), Types.VARCHAR)
                .param("kosten", s.kostenTotaalCent(), Types.BIGINT)
                .param("fout", s.aantalFout(), Types.INTEGER)
                .param("waarschuwing", s.aantalWaarschuwing(), Types.INTEGER);
    }

    /** The aanvraag when it belongs to one of the municipalities; else empty, exactly as when it does not exist. */
    public Optional<OpgeslagenAanvraag> metId(long id, Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("select * from aanvraag where id = :id and gemeentecode in (:gemeenten)")
                .param("id", id).param("gemeenten", List.copyOf(gemeenten))
                .query(AanvraagOpslag::aanvraag).optional();
    }

    /**
     * Up to {@code limiet} lines of these municipalities matching the filter, newest first (gewijzigd desc, id desc),
     * after the cursor when given (keyset paging). One query per municipality, each reading its first lines from the
     * index of its filter in that order, merged by {@code union all}: a single {@code gemeentecode in (...)} would
     * have the database fetch every matching row of those municipalities and sort them.
     */
    public List<Lijstregel> lijst(Filter filter, Collection<String> gemeenten, Cursor na, int limiet) {
        Lijstvraag vraag = lijstvraag(filter, gemeenten, na, limiet);
        if (vraag == null) {
            return List.of();
        }
        return jdbc.sql(vraag.sql()).params(vraag.parameters()).query(AanvraagOpslag::lijstregel).list();
    }

    /** The SQL of a list with its named parameters (apart, so that a test can ask the database for its plan). */
    record Lijstvraag(String sql, Map<String, Object> parameters) {
    }

    /** Null when the caller has none of the municipalities asked for. */
    static Lijstvraag lijstvraag(Filter filter, Collection<String> gemeenten, Cursor na, int limiet) {
        TreeSet<String> binnen = new TreeSet<>(gemeenten);
        if (filter.gemeentecode() != null) {
            binnen.retainAll(List.of(filter.gemeentecode()));
        }
        if (binnen.isEmpty()) {
            return null;
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder voorwaarden = new StringBuilder();
        if (filter.status() != null) {
            voorwaarden.append(" and status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.consulent() != null) {
            voorwaarden.append(" and consulent = :consulent");
            parameters.put("consulent", filter.consulent());
        }
        if (filter.clientId() != null) {
            voorwaarden.append(" and client_id = :client");
            parameters.put("client", filter.clientId());
        }
        if (na != null) {
            // "(gewijzigd, id) < (:g, :id)" written out, with a plain range on gewijzigd that every index can use
            voorwaarden.append(" and gewijzigd <= :na_gewijzigd and (gewijzigd < :na_gewijzigd or id < :na_id)");
            parameters.put("na_gewijzigd", na.gewijzigd());
            parameters.put("na_id", na.id());
        }
        parameters.put("limiet", limiet);
        String volgorde = " order by gewijzigd desc, id desc limit :limiet";
        if (binnen.size() == 1 || binnen.size() > MAX_GEMEENTEN_APART) {
            parameters.put("gemeenten", List.copyOf(binnen));
            return new Lijstvraag("select " + LIJSTKOLOMMEN + " from aanvraag where gemeentecode in (:gemeenten)"
                    + voorwaarden + volgorde, parameters);
        }
        List<String> delen = new ArrayList<>();
        int i = 0;
        for (String g : binnen) {
            delen.add("select * from (select " + LIJSTKOLOMMEN + " from aanvraag where gemeentecode = :g" + i
                    + voorwaarden + volgorde + ") d" + i);
            parameters.put("g" + i, g);
            i++;
        }
        return new Lijstvraag(String.join(" union all ", delen) + volgorde, parameters);
    }

    private static String fouten(List<Invoerfout> fouten) {
        if (fouten.isEmpty()) {
            return null;
        }
        List<Map<String, String>> lijst = fouten.stream()
                .map(f -> {
                    Map<String, String> m = new LinkedHashMap<>();
                    m.put("pad", f.pad());
                    m.put("code", f.code());
                    m.put("melding", f.melding());
                    return m;
                }).toList();
        try {
            return JSON.writeValueAsString(lijst);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Invoerfout> fouten(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            List<Map<String, String>> lijst = JSON.readValue(json, new TypeReference<>() { });
            return lijst.stream().map(m -> new Invoerfout(m.get("pad"), m.get("code"), m.get("melding"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("fouten van een aanvraag zijn geen JSON", e);
        }
    }

    private static Samenvatting samenvatting(ResultSet rs) throws SQLException {
        Integer fout = rs.getObject("aantal_fout", Integer.class);
        return fout == null ? Samenvatting.NIET_BEREKEND
                : new Samenvatting(true, rs.getObject("kosten_totaal_cent", Long.class), fout,
                        rs.getObject("aantal_waarschuwing", Integer.class));
    }

    private static OpgeslagenAanvraag aanvraag(ResultSet rs, int rij) throws SQLException {
        String hash = rs.getString("regeling_hash");
        RegelingVersie regeling = hash == null ? null
                : new RegelingVersie(rs.getString("regio"), rs.getObject("geldig_vanaf", LocalDate.class), hash);
        return new OpgeslagenAanvraag(rs.getLong("id"), rs.getLong("client_id"), rs.getString("gemeentecode"),
                Aanvraagstatus.valueOf(rs.getString("status")), rs.getString("consulent"), rs.getString("gewijzigd_door"),
                rs.getString("invoer"), regeling, rs.getString("resultaat"), fouten(rs.getString("fouten")),
                samenvatting(rs), rs.getObject("aangemaakt", OffsetDateTime.class),
                rs.getObject("gewijzigd", OffsetDateTime.class), rs.getInt("versie"));
    }

    private static Lijstregel lijstregel(ResultSet rs, int rij) throws SQLException {
        return new Lijstregel(rs.getLong("id"), rs.getLong("client_id"), rs.getString("gemeentecode"),
                Aanvraagstatus.valueOf(rs.getString("status")), rs.getString("consulent"), rs.getString("gewijzigd_door"),
                rs.getObject("gewijzigd", OffsetDateTime.class), rs.getInt("versie"), samenvatting(rs));
    }
}
