package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Map;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Budgets with municipality scoping and audit: only the user's own municipalities are read or written. */
@Service
public class BudgetDienst {

    private final BudgetOpslag opslag;
    private final Audit audit;

    BudgetDienst(BudgetOpslag opslag, Audit audit) {
        this.opslag = opslag;
        this.audit = audit;
    }

    /** Per law the budget; empty for a municipality that is not the user's. */
    public Map<String, BigDecimal> van(Medewerker wie, String gemeente, int jaar) {
        return wie.gemeenten().contains(gemeente) ? opslag.van(gemeente, jaar) : Map.of();
    }

    /** Stores a checked budget (no {@link Budgetinvoer#fouten()}) and notes it in the audit trail. */
    @Transactional
    public void zet(Medewerker wie, Budgetinvoer invoer) {
        if (!invoer.fouten().isEmpty() || !wie.gemeenten().contains(invoer.gemeente())) {
            throw new IllegalArgumentException("budget niet gecontroleerd");
        }
        opslag.zet(invoer.gemeente(), invoer.wet(), invoer.jaar(), invoer.bedrag(), wie.gebruikersnaam(), OffsetDateTime.now());
        // the object: municipality, law and year, e.g. "budget 0034 wmo" with the year as its id
        audit.noteer("BUDGET_GEZET", "budget " + invoer.gemeente() + " " + invoer.wet(), (long) invoer.jaar(), 1);
    }
}
