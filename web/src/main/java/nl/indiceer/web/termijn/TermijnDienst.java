package nl.indiceer.web.termijn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.beschikking.Toewijzingstijdlijn;
import nl.indiceer.json.BeschikkingJson;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.termijn.Evaluatietermijnen;
import nl.indiceer.termijn.NoShowtermijn;
import nl.indiceer.termijn.Termijn;
import nl.indiceer.termijn.Toewijzingstermijnen;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.berichten.Berichttermijnregels;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What is due or overdue in the user's municipalities: per client the allocations of its stored decisions
 * ({@link Toewijzingstijdlijn}) and the deadlines that follow from them ({@link Toewijzingstermijnen}, the region's
 * evaluation moments), the no-show decisions still open, and the providers' requests, filtered by municipality and
 * consultant (a request nobody decided for yet is on every consultant's list). Reads every decision of the municipalities one client at a time (no index on end
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
    private final NoShowOpslag noShows;

    public TermijnDienst(BeschikkingOpslag beschikkingen, RegelingenInWerking regelingen, Audit audit,
                         ObjectProvider<Berichttermijnregels> berichten, NoShowOpslag noShows) {
        this.berichten = berichten;
        this.noShows = noShows;
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
        Map<Long, OpgeslagenBeschikking> laatsteVan = new HashMap<>();
        Map<Long, Toewijzingstijdlijn> tijdlijnVan = new HashMap<>();
        Berichttermijnregels b = berichten.getIfAvailable();
        beschikkingen.perClient(gemeenten, besluiten -> {
            OpgeslagenBeschikking laatste = besluiten.get(besluiten.size() - 1);
            laatsteVan.put(laatste.clientId(), laatste);
            Toewijzingstijdlijn tijdlijn = Toewijzingstijdlijn.van(besluiten.stream()
                    .map(x -> BeschikkingJson.tijdlijn(x.inhoud())).toList());
            tijdlijnVan.put(laatste.clientId(), tijdlijn);
            if (consulent != null && !consulent.equals(laatste.besluitnemer())) {
                return;
            }
            Regeling regeling = regelingen.nu().voor(laatste.regeling().regio(), vandaag);
            List<Termijn> termijnen = new ArrayList<>(Toewijzingstermijnen.van(tijdlijn.alle(), regeling, vandaag, tot));
            termijnen.addAll(Evaluatietermijnen.van(tijdlijn.alle(), regeling, vandaag, tot));
            if (b != null) {
                // the provider's 305 and 307 for the allocations sent in a 301 (OP271, OP272)
                termijnen.addAll(b.startEnStop(laatste.gemeentecode(), laatste.clientId(), tijdlijn.alle(), vandaag, tot));
            }
            for (Termijn t : termijnen) {
                uit.add(new Termijnregel(t, laatste.clientId(), laatste.gemeentecode(), laatste.besluitnemer(), laatste.id()));
            }
        });
        // the municipality's decision after a third no-show, from the day the consultant recorded the report
        for (NoShowOpslag.Melding m : noShows.open(gemeenten)) {
            OpgeslagenBeschikking laatste = laatsteVan.get(m.clientId());
            if (laatste == null || (consulent != null && !consulent.equals(laatste.besluitnemer()))) {
                continue;
            }
            LopendeToewijzing t = tijdlijnVan.get(m.clientId()).alle().stream().filter(x -> x.id().equals(m.toewijzing()))
                    .findFirst().orElse(null);
            Termijn termijn = NoShowtermijn.besluit(regelingen.nu().voor(laatste.regeling().regio(), vandaag), m.gemeld(),
                    m.toewijzing(), t == null ? null : t.product(), t == null ? null : t.aanbieder());
            if (termijn != null && !termijn.datum().isAfter(tot)) {
                uit.add(new Termijnregel(termijn, m.clientId(), m.gemeentecode(), laatste.besluitnemer(), m.beschikkingId(),
                        null, m.id()));
            }
        }
        if (b != null) {
            // a provider's request (315, 317) is the municipality's until someone decides for the client: a request of a
            // client someone decided for before is theirs; the others are nobody's yet and shown to every consultant
            for (Termijnregel r : b.antwoorden(gemeenten, tot)) {
                OpgeslagenBeschikking laatste = r.clientId() == null ? null : laatsteVan.get(r.clientId());
                Termijnregel regel = laatste == null ? r : r.voor(laatste.besluitnemer());
                if (consulent == null || regel.consulent() == null || consulent.equals(regel.consulent())) {
                    uit.add(regel);
                }
            }
        }
        uit.sort(Comparator.comparing((Termijnregel r) -> r.termijn().datum()).thenComparing(r -> r.termijn().toewijzing()));
        audit.noteer("TERMIJNEN_GELEZEN", "termijnen", null, uit.size());
        return uit;
    }
}
