package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.stereotype.Service;

/** The steering report of a municipality and a period: commitments and the forecast of the year against its budget. */
@Service
public class Rapportage {

    /** What the page, the CSV files and the API show. */
    public record Rapport(String gemeente, int jaar, Verplichtingen.Overzicht verplichtingen, List<Prognose.Regel> prognose) {
    }

    private final SturingDienst dienst;
    private final BudgetDienst budgets;
    private final RegelingenInWerking regelingen;

    Rapportage(SturingDienst dienst, BudgetDienst budgets, RegelingenInWerking regelingen) {
        this.dienst = dienst;
        this.budgets = budgets;
        this.regelingen = regelingen;
    }

    Rapport rapport(Medewerker wie, Rapportfilter f, LocalDate vandaag) {
        SturingDienst.Gegevens g = dienst.gegevens(wie, f.gemeente(), vandaag);
        Map<String, BigDecimal> budget = budgets.van(wie, f.gemeente(), f.jaar());
        return new Rapport(f.gemeente(), f.jaar(), Verplichtingen.van(g.lopend(), f.van(), f.tot()),
                Prognose.van(g.lopend(), g.nieuw(), budget, f.jaar(), vandaag, benutting(vandaag)));
    }

    /** Until observed utilisation from approved declarations exists, the region's stated figures (or 100%). */
    private Benutting benutting(LocalDate vandaag) {
        return new RegioBenutting(regelingen.nu(), vandaag);
    }
}
