package nl.indiceer.web.termijn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The third-no-show reports a consultant recorded ({@code no_show_melding}), each against an allocation of a decision of
 * the user's municipalities; every query filters on them.
 */
@Repository
public class NoShowOpslag {

    /** A recorded report still waiting for the municipality's decision. */
    public record Melding(long id, String gemeentecode, long clientId, long beschikkingId, String toewijzing,
                          LocalDate gemeld) {
    }

    private final JdbcClient jdbc;

    public NoShowOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long voegToe(String gemeente, long clientId, long beschikkingId, String toewijzing, LocalDate gemeld,
                        String door, OffsetDateTime nu) {
        var sleutel = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into no_show_melding (gemeentecode, client_id, beschikking_id, toewijzing, gemeld,
                          vastgelegd_door, vastgelegd) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(gemeente, clientId, beschikkingId, toewijzing, gemeld, door, nu).update(sleutel, "id");
        return sleutel.getKey().longValue();
    }

    /** Records the decision as given; false when there is no such open report in these municipalities. */
    public boolean besloten(long id, Collection<String> gemeenten, LocalDate dag, String door) {
        if (gemeenten.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        update no_show_melding set besloten = :dag, besloten_door = :door
                        where id = :id and gemeentecode in (:gemeenten) and besloten is null""")
                .param("dag", dag).param("door", door).param("id", id).param("gemeenten", gemeenten).update() == 1;
    }

    /** The open reports of these municipalities, oldest first. */
    public List<Melding> open(Collection<String> gemeenten) {
        if (gemeenten.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, gemeentecode, client_id, beschikking_id, toewijzing, gemeld from no_show_melding
                        where gemeentecode in (:gemeenten) and besloten is null order by gemeld, id""")
                .param("gemeenten", gemeenten)
                .query((rs, n) -> new Melding(rs.getLong("id"), rs.getString("gemeentecode"), rs.getLong("client_id"),
                        rs.getLong("beschikking_id"), rs.getString("toewijzing"), rs.getObject("gemeld", LocalDate.class)))
                .list();
    }
}
