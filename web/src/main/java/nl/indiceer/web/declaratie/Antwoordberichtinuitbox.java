package nl.indiceer.web.declaratie;

import java.util.Optional;
import nl.indiceer.web.berichten.Berichtstatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 325 that answers a declaration, as it stands in the outbox (V22: {@code uitgaand_bericht.declaratie_id}): its id
 * for the link to the message's page, and whether it is only recorded or already in the provider's folder. Only for a
 * declaration already read through {@link DeclaratieInzage} (scoped and audited there); the municipality is matched as
 * well, so a row of another municipality can never be named.
 */
@Component
public class Antwoordberichtinuitbox {

    /** @param soort JW325 or WMO325 */
    public record Antwoordbericht(long id, String soort, String identificatie, Berichtstatus status) {
    }

    private final JdbcClient jdbc;

    public Antwoordberichtinuitbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty before approval (and for a declaration that could not be read: it gets no 325). */
    public Optional<Antwoordbericht> van(Declaratie d) {
        return jdbc.sql("select id, soort, identificatie, status from uitgaand_bericht where declaratie_id = ? "
                        + "and gemeentecode = ? order by id limit 1")
                .params(d.id(), d.gemeentecode())
                .query((rs, n) -> new Antwoordbericht(rs.getLong("id"), rs.getString("soort"), rs.getString("identificatie"),
                        Berichtstatus.valueOf(rs.getString("status"))))
                .optional();
    }

    /**
     * The other way round, for the 325's page: the declaration an outgoing message answers, of the same municipality
     * (empty for any other message). The message itself is read scoped before this is asked; the declaration's
     * municipality is matched as well, so a link can never lead into another municipality.
     */
    public Optional<Long> declaratieVan(long berichtId, String gemeentecode) {
        return jdbc.sql("select d.id from uitgaand_bericht b join declaratie d on d.id = b.declaratie_id "
                        + "and d.gemeentecode = b.gemeentecode where b.id = ? and b.gemeentecode = ?")
                .params(berichtId, gemeentecode)
                .query(Long.class)
                .optional();
    }
}
