package nl.indiceer.web.declaratie;

import java.util.HashMap;
import java.util.Map;
import nl.indiceer.berichten.Bericht;
import nl.indiceer.berichten.Toewijzingsbericht;
import nl.indiceer.berichten.declaratie.Toewijzingsregister;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The allocations a 323 is checked against: those the municipality actually sent, read from the 301s in the outbox
 * (their stored bytes) in the order they were made, so the latest 301 of an allocation number wins (OP087) and one
 * withdrawn (RedenWijziging 13) is gone. A number the municipality never sent stays unknown, and its prestaties are
 * rejected. A 301 the provider rejected (AFGEKEURD) does not count. Memory: one small record per allocation.
 */
@Component
public class VerstuurdeToewijzingen {

    /** The register and the client (id) each allocation number was sent for. */
    public record Stand(Toewijzingsregister register, Map<Long, Long> clienten) {
    }

    private final JdbcTemplate jdbc;

    public VerstuurdeToewijzingen(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(100);
    }

    /** @param clientId null: every client of the municipality; else only this client's 301s */
    public Stand van(String gemeente, Long clientId) {
        Toewijzingsregister register = Toewijzingsregister.leeg();
        Map<Long, Long> clienten = new HashMap<>();
        String sql = "select client_id, inhoud from uitgaand_bericht where gemeentecode = ? and soort in ('JW301', 'WMO301') "
                + "and status <> 'AFGEKEURD'" + (clientId == null ? "" : " and client_id = ?") + " order by id";
        Object[] params = clientId == null ? new Object[] {gemeente} : new Object[] {gemeente, clientId};
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            Bericht b;
            try {
                b = Berichtlezer.lees(rs.getBytes(2));
            } catch (OngeldigBerichtException e) {
                // the application wrote and checked it when deciding; one that no longer reads is not an allocation
                return;
            }
            if (b instanceof Toewijzingsbericht t) {
                register.neemOp(t);
                Long client = rs.getObject(1, Long.class);
                if (client != null) {
                    t.producten().forEach(p -> clienten.put(p.toewijzingNummer(), client));
                }
            }
        }, params);
        return new Stand(register, clienten);
    }
}
