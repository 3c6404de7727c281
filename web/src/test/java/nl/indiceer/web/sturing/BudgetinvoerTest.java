package nl.indiceer.web.sturing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The budget as typed: every field checked with a stable code; Dutch and plain notations of amounts. */
class BudgetinvoerTest {

    static final Set<String> MIJN = Set.of("0034");

    @Test
    void eenGoedBudget() {
        Budgetinvoer b = Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "1.250.000,50");
        assertThat(b.fouten()).isEmpty();
        assertThat(b.bedrag()).isEqualByComparingTo("1250000.50");
        assertThat(Budgetinvoer.van(MIJN, "0034", "jeugdwet", "2026", "1250000.5").bedrag()).isEqualByComparingTo("1250000.50");
        assertThat(Budgetinvoer.van(MIJN, "0034", "jeugdwet", "2026", "1 250 000").bedrag()).isEqualByComparingTo("1250000");
        assertThat(Budgetinvoer.van(MIJN, "0034", "jeugdwet", "2026", "0").bedrag()).isEqualByComparingTo("0");
    }

    @Test
    void foutenPerVeld() {
        assertThat(Budgetinvoer.van(MIJN, "0303", "wmo", "2026", "1").fouten()).containsEntry("gemeente", "GEMEENTE_ONBEKEND");
        assertThat(Budgetinvoer.van(MIJN, "0034", "awbz", "2026", "1").fouten()).containsEntry("wet", "WET_ONBEKEND");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "1999", "1").fouten()).containsEntry("jaar", "JAAR_BUITEN_BEREIK");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "twee", "1").fouten()).containsEntry("jaar", "JAAR_BUITEN_BEREIK");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "").fouten()).containsEntry("bedrag", "BEDRAG_ONTBREEKT");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "-5").fouten()).containsEntry("bedrag", "GEEN_BEDRAG");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "12,345").fouten()).containsEntry("bedrag", "GEEN_BEDRAG");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "=1+1").fouten()).containsEntry("bedrag", "GEEN_BEDRAG");
        assertThat(Budgetinvoer.van(MIJN, "0034", "wmo", "2026", "1000000000000").fouten()).containsEntry("bedrag", "BEDRAG_TE_GROOT");
    }
}
