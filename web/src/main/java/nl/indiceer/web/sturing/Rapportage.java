package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The steering report of a municipality and a period: commitments, realised cost and utilisation, and the forecast of
 * the year against its budget. The forecast takes the observed utilisation of a product where there is enough data
 * ({@link WaargenomenBenutting}; the thresholds are settings a municipality may choose), else the region's figure.
 */
@Service
public class Rapportage {

    /** What the page, the CSV files and the API show. */
    public record Rapport(String gemeente, int jaar, Verplichtingen.Overzicht verplichtingen, List<Prognose.Regel> prognose,
                          Benuttingen.Overzicht benutting) {
    }

    private final SturingDienst dienst;
    private final BudgetDienst budgets;
    private final RegelingenInWerking regelingen;
    private final int minimumMaanden;
    private final int minimumClienten;

    Rapportage(SturingDienst dienst, BudgetDienst budgets, RegelingenInWerking regelingen,
               @Value("${indiceer.sturing.benutting.minimum-maanden:3}") int minimumMaanden,
               @Value("${indiceer.sturing.benutting.minimum-clienten:10}") int minimumClienten) {
        this.minimumMaanden = minimumMaanden;
        this.minimumClienten = minimumClienten;
        this.dienst = dienst;
        this.budgets = budgets;
        this.regelingen = regelingen;
    }

    Rapport rapport(Medewerker wie, Rapportfilter f, LocalDate vandaag) {
        SturingDienst.Gegevens g = dienst.gegevens(wie, f.gemeente(), vandaag);
        Map<String, BigDecimal> budget = budgets.van(wie, f.gemeente(), f.jaar());
        Benutting benutting = new WaargenomenBenutting(g.lopend(), g.gerealiseerd(), YearMonth.from(vandaag),
                minimumMaanden, minimumClienten, new RegioBenutting(regelingen.nu(), vandaag));
        List<Prognose.Regel> prognose = Prognose.van(g.lopend(), g.nieuw(), budget, f.jaar(), vandaag, benutting).stream()
                .map(p -> metRealisatie(p, g.gerealiseerd(), g.lopend(), f.jaar())).toList();
        return new Rapport(f.gemeente(), f.jaar(), Verplichtingen.van(g.lopend(), f.van(), f.tot()), prognose,
                Benuttingen.van(g.lopend(), g.gerealiseerd(), f.van(), f.tot()));
    }

    /** The law's realised cost in the year, from the same cells as the utilisation report (suppressed as they are). */
    private static Prognose.Regel metRealisatie(Prognose.Regel p, List<Realisatieregel> gerealiseerd,
                                                List<Verplichtingsregel> lopend, int jaar) {
        if (p.onderdrukt()) {
            return p;
        }
        Benuttingen.Overzicht jaaroverzicht = Benuttingen.van(lopend, gerealiseerd, YearMonth.of(jaar, 1), YearMonth.of(jaar, 12));
        BigDecimal realisatie = jaaroverzicht.perWet().stream().filter(c -> p.wet().equals(c.sleutel()) && !c.onderdrukt())
                .map(Benuttingscel::gerealiseerd).findFirst().orElse(null);
        return new Prognose.Regel(p.wet(), p.budget(), p.vastgelegd(), realisatie, p.benutting(), p.instroom(),
                p.prognose(), false, p.cijfers());
    }
}
