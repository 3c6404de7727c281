package nl.indiceer.web.audit;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail: one row per read of a client and per change, with who (the user name), what (action, object
 * type and id, for a search the number of results), when and from where (the remote address). Append-only: this
 * class only inserts and reads; on PostgreSQL the database refuses UPDATE and DELETE. Never a BSN or a name.
 */
@Service
public class Audit {

    public record Regel(long id, OffsetDateTime moment, String gebruiker, String actie,
                        @JsonProperty("object_type") String objectType, @JsonProperty("object_id") Long objectId,
                        Integer aantal, String herkomst) {
    }

    private final JdbcClient jdbc;

    public Audit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action of the current user on the current request. */
    public void noteer(String actie, String objectType, Long objectId, Integer aantal) {
        var authenticatie = SecurityContextHolder.getContext().getAuthentication();
        String gebruiker = authenticatie == null ? "-" : authenticatie.getName();
        jdbc.sql("insert into auditregel (gebruiker, actie, object_type, object_id, aantal, herkomst) values (?, ?, ?, ?, ?, ?)")
                .params(gebruiker, actie, objectType, objectId, aantal, herkomst())
                .update();
    }

    private static String herkomst() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            HttpServletRequest verzoek = a.getRequest();
            String adres = verzoek.getRemoteAddr();
            return adres == null || adres.length() <= 100 ? adres : adres.substring(0, 100);
        }
        return null;
    }

    /** A page of the trail, newest first. */
    public List<Regel> pagina(long offset, int limiet) {
        return jdbc.sql("""
                        select id, moment, gebruiker, actie, object_type, object_id, aantal, herkomst
                        from auditregel order by id desc limit ? offset ?""")
                .params(limiet, offset)
                .query((rs, i) -> new Regel(rs.getLong("id"), rs.getObject("moment", OffsetDateTime.class),
                        rs.getString("gebruiker"), rs.getString("actie"), rs.getString("object_type"),
                        (Long) rs.getObject("object_id", Long.class), (Integer) rs.getObject("aantal", Integer.class),
                        rs.getString("herkomst")))
                .list();
    }
}
