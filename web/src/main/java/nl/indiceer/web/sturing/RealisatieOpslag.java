package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/**
 * Reads what was realised in one municipality: the approved prestaties of its declarations whose 325 a back-office
 * user approved (status BEANTWOORD). A declaration that is only checked (GECONTROLEERD) does not count yet: the
 * municipality pays after the 325, and until then the back office may still hold it. Rejected prestaties and rejected
 * declarations never count. Each prestatie is linked to the allocation its ToewijzingNummer was sent for
 * ({@code toewijzing_bericht}, same law), so that it counts for the decision line's product, provider and consultant.
 */
@Repository
public class RealisatieOpslag {

    private final JdbcTemplate jdbc;

    public RealisatieOpslag(JdbcTemplate jdbc) {
        this.jdbc = new JdbcTemplate(jdbc.getDataSource());
        this.jdbc.setFetchSize(500);
    }

    public List<Realisatieregel> van(String gemeente) {
        List<Realisatieregel> uit = new ArrayList<>();
        String sql = """
                select p.client_id, t.toewijzing, coalesce(p.productcode, p.productcategorie) as product, d.afzender,
                       d.soort, p.begindatum, p.bedrag, p.debet_credit
                from declaratieprestatie p
                join declaratie d on d.id = p.declaratie_id
                left join toewijzing_bericht t on t.gemeentecode = p.gemeentecode and t.nummer = p.toewijzingnummer
                     and t.wet = case when d.soort like 'JW%' then 'JW' else 'WMO' end
                where p.gemeentecode = ? and d.gemeentecode = ? and d.status = 'BEANTWOORD' and p.goedgekeurd = true
                order by p.id""";
        jdbc.query(sql, (RowCallbackHandler) rs -> {
            long centen = rs.getLong("bedrag");
            BigDecimal euro = BigDecimal.valueOf("C".equals(rs.getString("debet_credit")) ? -centen : centen, 2);
            Long client = rs.getObject("client_id", Long.class);
            uit.add(new Realisatieregel(client == null ? -1 : client, rs.getString("toewijzing"), rs.getString("product"),
                    rs.getString("afzender"), rs.getString("soort").startsWith("JW") ? "jeugdwet" : "wmo",
                    YearMonth.from(rs.getDate("begindatum").toLocalDate()), euro));
        }, gemeente, gemeente);
        return uit;
    }
}
