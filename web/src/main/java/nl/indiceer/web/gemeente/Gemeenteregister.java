package nl.indiceer.web.gemeente;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The municipalities Indiceer knows (table {@code gemeente}), by name for the pages, which show names, not codes. */
@Repository
public class Gemeenteregister {

    private final JdbcClient jdbc;

    public Gemeenteregister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every municipality, by name. */
    public List<Gemeente> alle() {
        return jdbc.sql("select gemeentecode, naam from gemeente order by naam, gemeentecode")
                .query((rs, i) -> new Gemeente(rs.getString("gemeentecode"), rs.getString("naam"))).list();
    }

    /** The municipalities with these codes (unknown codes left out), by name. */
    public List<Gemeente> metCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select gemeentecode, naam from gemeente where gemeentecode in (:codes) order by naam, gemeentecode")
                .param("codes", List.copyOf(codes))
                .query((rs, i) -> new Gemeente(rs.getString("gemeentecode"), rs.getString("naam"))).list();
    }

    public Optional<String> naamVan(String code) {
        return jdbc.sql("select naam from gemeente where gemeentecode = ?").param(code).query(String.class).optional();
    }
}
