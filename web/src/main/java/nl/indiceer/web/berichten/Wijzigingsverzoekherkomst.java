package nl.indiceer.web.berichten;

import java.util.Optional;
import nl.indiceer.web.beschikking.Verzoekherkomst;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The incoming 317 (JW317 or WMO317) a draft request was made from ({@code inkomend_bericht.aanvraag_id}). */
@Component
class Wijzigingsverzoekherkomst implements Verzoekherkomst {

    private final JdbcClient jdbc;

    Wijzigingsverzoekherkomst(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> wijzigingsverzoek(long aanvraagId, String gemeentecode) {
        return jdbc.sql("select min(id) from inkomend_bericht where aanvraag_id = ? and gemeentecode = ? "
                        + "and soort in ('JW317', 'WMO317')")
                .params(aanvraagId, gemeentecode).query(Long.class).optional();
    }
}
