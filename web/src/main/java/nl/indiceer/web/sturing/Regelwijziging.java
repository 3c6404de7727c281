package nl.indiceer.web.sturing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Regelvergelijker;
import nl.indiceer.vergelijking.Totalen;
import nl.indiceer.vergelijking.Vergelijkingstotalen;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beschikking.BeschikkingOpslag;
import nl.indiceer.web.beschikking.OpgeslagenBeschikking;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What a candidate rulebook version would do to the running decisions of the user's municipalities, without putting it
 * in force: every running decision's request (the request JSON stored with its aanvraag) is computed by the engine
 * under the rulebooks in force and under those plus the candidate ({@link Regelvergelijker}). A decision runs when it
 * is the latest of its line (no later decision changes it) and one of its granted lines ends today or later. The
 * request is re-evaluated as it was stored (running allocations typed into it included; allocations the page added
 * from earlier decisions at the time are not added again).
 */
@Service
public class Regelwijziging {

    /** The page and the API list at most this many differing decisions; the totals count all. */
    public static final int MAXIMAAL_GETOOND = 500;

    /** The outcome: the candidate, the decisions compared, those that differ (at most {@link #MAXIMAAL_GETOOND}), totals. */
    public record Uitkomst(Regeling kandidaat, int vergeleken, List<Aanvraagvergelijking> verschillen, boolean afgekapt,
                           Totalen totalen) {
    }

    private final BeschikkingOpslag beschikkingen;
    private final RegelingenInWerking inWerking;
    private final JdbcClient jdbc;
    private final Audit audit;

    Regelwijziging(BeschikkingOpslag beschikkingen, RegelingenInWerking inWerking, JdbcClient jdbc,
                   Audit audit) {
        this.beschikkingen = beschikkingen;
        this.inWerking = inWerking;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** @throws nl.indiceer.regeling.OngeldigeRegelingException when the candidate (or the set with it) is invalid */
    public Uitkomst vergelijk(Medewerker wie, byte[] kandidaat, LocalDate vandaag) {
        Regelingen nu = inWerking.nu();
        Kandidaatregelingen.Geladen geladen = Kandidaatregelingen.laad(inWerking.bron(), kandidaat);
        Regelvergelijker vergelijker = new Regelvergelijker(nu, geladen.regelingen());
        Vergelijkingstotalen totalen = new Vergelijkingstotalen();
        List<Aanvraagvergelijking> verschillen = new ArrayList<>();
        int[] vergeleken = {0};
        boolean[] afgekapt = {false};
        beschikkingen.perClient(wie.gemeenten(), besluiten -> {
            Set<Long> gewijzigd = new HashSet<>();
            besluiten.forEach(b -> {
                if (b.vorigeId() != null) {
                    gewijzigd.add(b.vorigeId());
                }
            });
            for (OpgeslagenBeschikking b : besluiten) {
                if (gewijzigd.contains(b.id()) || b.aanvraagId() == null || !loopt(b, vandaag)) {
                    continue;
                }
                Optional<String> invoer = invoer(b.aanvraagId(), b.gemeentecode());
                if (invoer.isEmpty()) {
                    continue;
                }
                Aanvraagvergelijking v;
                try {
                    v = vergelijker.vergelijk(b.kenmerk(), AanvraagLezer.lees(invoer.get()));
                } catch (OngeldigeAanvraagException e) {
                    v = Aanvraagvergelijking.onleesbaar(b.kenmerk(), e.fouten());
                }
                vergeleken[0]++;
                totalen.tel(v);
                if (v.verschilt()) {
                    if (verschillen.size() < MAXIMAAL_GETOOND) {
                        verschillen.add(v);
                    } else {
                        afgekapt[0] = true;
                    }
                }
            }
        });
        audit.noteer("REGELWIJZIGING_BEREKEND", "regeling " + geladen.kandidaat().regio(), null, vergeleken[0]);
        return new Uitkomst(geladen.kandidaat(), vergeleken[0], verschillen, afgekapt[0], totalen.totalen());
    }

    private static boolean loopt(OpgeslagenBeschikking b, LocalDate vandaag) {
        return Besluitdocument.lees(b.inhoud()).regels().stream().anyMatch(r -> r.toegekend() && !r.eind().isBefore(vandaag));
    }

    private Optional<String> invoer(long aanvraagId, String gemeentecode) {
        return jdbc.sql("select invoer from aanvraag where id = ? and gemeentecode = ?").params(aanvraagId, gemeentecode)
                .query(String.class).optional();
    }
}
