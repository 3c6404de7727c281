package nl.indiceer.web.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.indiceer.beschikking.Toewijzingstijdlijn;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.termijn.Termijn;
import nl.indiceer.termijn.Toewijzingstermijnen;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.berichten.Berichttermijnregels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * What is due or overdue in the user's municipalities: per client the allocations of its stored decisions
 * ({@link Toewijzingstijdlijn}) and the deadlines that follow from them ({@link Toewijzingstermijnen}), filtered by
 * municipality and consultant. Reads every decision of the municipalities one client at a time (no index on end
 * dates yet: a decision's lines live in its JSON). Audited as one list read with the number of lines.
 */
@Service
public class TermijnDienst {

    /** How far ahead the list looks at most (a year), and by default (8 weeks: time to extend before the end). */
    public static final int MAXIMAAL_WEKEN = 52;
    public static final int STANDAARD_WEKEN = 8;

    private final BeschikkingOpslag beschikkingen;
    private final RegelingenInWerking regelingen;
    private final Audit audit;
    private final ObjectProvider<Berichttermijnregels> berichten;

    public TermijnDienst(BeschikkingOpslag beschikkingen, RegelingenInWerking regelingen, Audit audit,
                         ObjectProvider<Berichttermijnregels> berichten) {
        this.berichten = berichten;
        this.beschikkingen = beschikkingen;
        this.regelingen = regelingen;
        this.audit = audit;
    }

    /**
     * @param gemeente  one of the user's municipalities, or null for all of them (a foreign one lists nothing)
     * @param consulent a user name, or null for everyone's
     * @param weken     1 to {@link #MAXIMAAL_WEKEN}
     */
    public List<Termijnregel> lijst(Medewerker wie, String gemeente, String consulent, int weken, LocalDate vandaag) {
        if (weken < 1 || weken > MAXIMAAL_WEKEN) {
            throw new IllegalArgumentException("weken buiten 1-" + MAXIMAAL_WEKEN + ": " + weken);
        }
        Set<String> gemeenten = gemeente == null ? wie.gemeenten()
                : wie.gemeenten().contains(gemeente) ? Set.of(gemeente) : Set.of();
        LocalDate tot = vandaag.plusWeeks(weken);
        List<Termijnregel> uit = new ArrayList<>();
        beschikkingen.perClient(gemeenten, besluiten -> {
            OpgeslagenBeschikking laatste = besluiten.get(besluiten.size() - 1);
            if (consulent != null && !consulent.equals(laatste.besluitnemer())) {
                return;
            }
            Toewijzingstijdlijn tijdlijn = Toewijzingstijdlijn.van(besluiten.stream()
                    .map(b -> BeschikkingJson.tijdlijn(b.inhoud())).toList());
            Regeling regeling = regelingen.nu().voor(laatste.regeling().regio(), vandaag);
            List<Termijn> termijnen = new ArrayList<>(Toewijzingstermijnen.van(tijdlijn.alle(), regeling, vandaag, tot));
            Berichttermijnregels b = berichten.getIfAvailable();
            if (b != null) {
                // the provider's 305 and 307 for the allocations sent in a 301 (OP271, OP272)
                termijnen.addAll(b.startEnStop(laatste.gemeentecode(), laatste.clientId(), tijdlijn.alle(), vandaag, tot));
            }
            for (Termijn t : termijnen) {
                uit.add(new Termijnregel(t, laatste.clientId(), laatste.gemeentecode(), laatste.besluitnemer(), laatste.id()));
            }
        });
        Berichttermijnregels b = berichten.getIfAvailable();
        if (b != null && consulent == null) {
            // a request from a provider (315, 317) is the municipality's until a consultant decides on it
            uit.addAll(b.antwoorden(gemeenten, tot));
        }
        uit.sort(Comparator.comparing((Termijnregel r) -> r.termijn().datum()).thenComparing(r -> r.termijn().toewijzing()));
        audit.noteer("TERMIJNEN_GELEZEN", "termijnen", null, uit.size());
        return uit;
    }
}
