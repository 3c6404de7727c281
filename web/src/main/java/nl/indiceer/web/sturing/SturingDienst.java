package nl.indiceer.web.sturing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beveiliging.Medewerker;
import org.springframework.stereotype.Service;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * Reads the decisions of one of the user's municipalities, one client at a time, into commitment lines
 * ({@link LopendeVerplichtingen}), and the lines of its recent first decisions for the inflow. Another
 * municipality's code reads nothing (the caller refuses it first). With them the approved prestaties of its answered
 * declarations. Audited as one read of the lines and one of the prestaties, each with its number.
 */
@Service
public class SturingDienst {

    static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    /** What the reports of one municipality are computed from. */
    /** @param gerealiseerd the approved prestaties of the municipality's answered declarations ({@link RealisatieOpslag}) */
    public record Gegevens(List<Verplichtingsregel> lopend, List<Verplichtingsregel> nieuw,
                           List<Realisatieregel> gerealiseerd) {
    }

    private final BeschikkingOpslag beschikkingen;
    private final RegelingenInWerking regelingen;
    private final Audit audit;
    private final RealisatieOpslag realisaties;

    SturingDienst(BeschikkingOpslag beschikkingen, RegelingenInWerking regelingen, Audit audit,
                  RealisatieOpslag realisaties) {
        this.realisaties = realisaties;
        this.beschikkingen = beschikkingen;
        this.regelingen = regelingen;
        this.audit = audit;
    }

    /** @param vandaag first decisions made in the {@link Prognose#INSTROOMMAANDEN} months before it count as new */
    public Gegevens gegevens(Medewerker wie, String gemeente, LocalDate vandaag) {
        if (!wie.gemeenten().contains(gemeente)) {
            throw new IllegalArgumentException("geen gemeente van de gebruiker");
        }
        Instant sinds = vandaag.minusMonths(Prognose.INSTROOMMAANDEN).atStartOfDay(NEDERLAND).toInstant();
        Instant tot = vandaag.plusDays(1).atStartOfDay(NEDERLAND).toInstant();
        List<Verplichtingsregel> lopend = new ArrayList<>();
        List<Verplichtingsregel> nieuw = new ArrayList<>();
        beschikkingen.perClient(List.of(gemeente), besluiten -> {
            List<Besluitdocument> documenten = besluiten.stream().map(b -> Besluitdocument.lees(b.inhoud())).toList();
            lopend.addAll(LopendeVerplichtingen.van(documenten, this::wet));
            for (Besluitdocument d : documenten) {
                if (d.soort() == Beschikkingsoort.EERSTE && !d.moment().isBefore(sinds) && d.moment().isBefore(tot)) {
                    nieuw.addAll(LopendeVerplichtingen.van(List.of(d), this::wet));
                }
            }
        });
        audit.noteer("STURING_GELEZEN", "verplichtingen " + gemeente, null, lopend.size());
        List<Realisatieregel> gerealiseerd = realisaties.van(gemeente);
        audit.noteer("STURING_GELEZEN", "declaraties " + gemeente, null, gerealiseerd.size());
        return new Gegevens(lopend, nieuw, gerealiseerd);
    }

    /**
     * The law of a product in the rulebook version a decision was computed with: the product's own, else the
     * rulebook's (which may say "beide": shown as such, never guessed); "onbekend" when that version is gone.
     */
    private String wet(Besluitdocument b, String productcode) {
        Regeling r = regelingen.nu().voor(b.regio(), b.regelingVanaf());
        if (r == null) {
            return "onbekend";
        }
        Product p = r.product(productcode);
        String wet = p != null && p.identiteit().wet() != null ? p.identiteit().wet() : r.wet();
        return wet == null ? "onbekend" : wet;
    }
}
