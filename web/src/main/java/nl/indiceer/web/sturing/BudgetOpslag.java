package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Budgets per municipality, law and year (table {@code budget}, V20). Scoping is the caller's ({@link BudgetDienst}). */
@Repository
class BudgetOpslag {

    private final JdbcClient jdbc;

    BudgetOpslag(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Per law the budget of the municipality in the year. */
    Map<String, BigDecimal> van(String gemeentecode, int jaar) {
        Map<String, BigDecimal> uit = new LinkedHashMap<>();
        jdbc.sql("select wet, bedrag from budget where gemeentecode = ? and jaar = ? order by wet")
                .params(gemeentecode, jaar)
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list()
                .forEach(e -> uit.put(e.getKey(), e.getValue()));
        return uit;
    }

    /** Enters or replaces the budget. */
    void zet(String gemeentecode, String wet, int jaar, BigDecimal bedrag, String door, OffsetDateTime nu) {
        int bijgewerkt = jdbc.sql("update budget set bedrag = ?, gewijzigd_door = ?, gewijzigd = ? "
                        + "where gemeentecode = ? and wet = ? and jaar = ?")
                .params(bedrag, door, nu, gemeentecode, wet, jaar).update();
        if (bijgewerkt == 0) {
            jdbc.sql("insert into budget (gemeentecode, wet, jaar, bedrag, gewijzigd_door, gewijzigd) values (?, ?, ?, ?, ?, ?)")
                    .params(gemeentecode, wet, jaar, bedrag, door, nu).update();
        }
    }
}
