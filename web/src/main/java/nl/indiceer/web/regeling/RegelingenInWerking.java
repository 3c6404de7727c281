package nl.indiceer.web.regeling;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.Mapbron;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelbron;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rulebooks in force in this application: the folder's versions (read once, at start) plus the versions the beleid
 * role put in force from a date (table {@code regeling_in_werking}), each of which ends the version before it the day
 * before it begins ({@link Regelbron#opvolger}). A loaded {@link Regelingen} never changes, so this holds the current
 * set and its engine and replaces both as a whole when the number of stored versions changes: checked on each request
 * by {@link RegelingVerversing} (so another instance's activation is seen by the next request here) and right after an
 * activation in this instance. Everything that computes or looks a rule up asks this for {@link #nu()} or
 * {@link #motor()} at the moment it needs it, never keeps a set. A stored version whose bytes no longer have their
 * stored SHA-256, or a set that does not load, stops the start with every problem: better no application than a wrong sum.
 */
@Component
public class RegelingenInWerking {

    private static final Logger LOG = LoggerFactory.getLogger(RegelingenInWerking.class);

    /** A stored version as the pages show it: who put it in force and when (no bytes). */
    public record Inwerkingstelling(long id, String regio, LocalDate geldigVanaf, String versieHash, String gebruikersnaam,
                                    java.time.OffsetDateTime aangemaakt) {
    }

    private record Stand(long teller, Regelingen regelingen, Indicatiemotor motor, List<Inwerkingstelling> gesteld) {
    }

    private final RegelingInWerkingOpslag opslag;
    private final Path map;
    private final List<Bronbestand> mapbestanden;
    private final Mapbron mapbron;
    private volatile Stand stand;

    public RegelingenInWerking(Instellingen instellingen, RegelingInWerkingOpslag opslag) {
        this.opslag = opslag;
        this.map = instellingen.regelingenMap();
        this.mapbron = new Mapbron(map);
        this.mapbestanden = mapbron.bestanden();
        this.stand = laad(opslag.teller());
        for (String regio : stand.regelingen().regios()) {
            for (Regeling r : stand.regelingen().versies(regio)) {
                LOG.info("Regeling geladen: {} geldig vanaf {}{} sha256:{}{}", r.regio(), r.geldigVanaf(),
                        r.geldigTot() == null ? "" : " t/m " + r.geldigTot(), r.versie().hash().substring(0, 12),
                        inWerkingGesteld(r) == null ? "" : " (in werking gesteld in de applicatie)");
            }
        }
        LOG.info("{} regio's geladen uit {}", stand.regelingen().regios().size(), map.toAbsolutePath().normalize());
    }

    /** The rulebooks in force now. Ask again for each piece of work: the set may be replaced in between. */
    public Regelingen nu() {
        return stand.regelingen();
    }

    /** The engine over {@link #nu()}. */
    public Indicatiemotor motor() {
        return stand.motor();
    }

    /** The versions put in force in the application, oldest first. */
    public List<Inwerkingstelling> inwerkingstellingen() {
        return stand.gesteld();
    }

    /** The activation behind a loaded version (same region, start date and hash), or null for a folder version. */
    public Inwerkingstelling inWerkingGesteld(Regeling versie) {
        for (Inwerkingstelling i : stand.gesteld()) {
            if (i.regio().equals(versie.regio()) && i.geldigVanaf().equals(versie.geldigVanaf())
                    && i.versieHash().equals(versie.versie().hash())) {
                return i;
            }
        }
        return null;
    }

    /** Loads again when another version was stored since the last load (here or in another instance). Cheap otherwise. */
    public void bijwerken() {
        long teller = opslag.teller();
        if (teller != stand.teller()) {
            synchronized (this) {
                if (teller != stand.teller()) {
                    try {
                        stand = laad(teller);
                        LOG.info("Regelingen opnieuw geladen: {} versie(s) in werking gesteld in de applicatie",
                                stand.gesteld().size());
                    } catch (OngeldigeRegelingException e) {
                        // every version was checked before it was stored, so only a changed row gets here: keep the set
                        // in force (a start would refuse), say so loudly, and do not try again for every request
                        LOG.error("Regelingen niet opnieuw geladen, de vorige blijven in werking: {}", e.getMessage());
                        stand = new Stand(teller, stand.regelingen(), stand.motor(), stand.gesteld());
                    }
                }
            }
        }
    }

    /**
     * The set as it would be with one more version put in force (the candidate, as {@code <regio>/<naam>}): checked
     * exactly as a load at start would check it. Nothing is stored or changed.
     *
     * @throws OngeldigeRegelingException with every problem
     */
    public Regelingen met(Bronbestand kandidaat, String kandidaatPlaats) {
        List<Bronbestand> bestanden = new ArrayList<>(bestanden(opslag.alle(), new ArrayList<>()));
        bestanden.add(kandidaat);
        Set<String> opvolgers = new HashSet<>();
        bestanden.stream().filter(b -> b.naam().contains("/in-werking-")).forEach(b -> opvolgers.add(b.naam()));
        opvolgers.add(kandidaat.naam());
        return Regelingen.laad(bron(bestanden, opvolgers, Map.of(kandidaat.naam(), kandidaatPlaats)));
    }

    /** The rulebooks in force as a source (folder plus stored versions), for a comparison with a candidate. */
    public Regelbron bron() {
        List<Bronbestand> bestanden = bestanden(opslag.alle(), new ArrayList<>());
        Set<String> opvolgers = new HashSet<>();
        bestanden.stream().filter(b -> b.naam().contains("/in-werking-")).forEach(b -> opvolgers.add(b.naam()));
        return bron(bestanden, opvolgers, Map.of());
    }

    private Stand laad(long teller) {
        List<RegelingInWerkingOpslag.Rij> rijen = opslag.alle();
        List<Probleem> problemen = new ArrayList<>();
        List<Bronbestand> bestanden = bestanden(rijen, problemen);
        if (!problemen.isEmpty()) {
            throw new OngeldigeRegelingException(problemen);
        }
        Set<String> opvolgers = new HashSet<>();
        bestanden.stream().filter(b -> b.naam().contains("/in-werking-")).forEach(b -> opvolgers.add(b.naam()));
        Regelingen regelingen = Regelingen.laad(bron(bestanden, opvolgers, Map.of()));
        List<Inwerkingstelling> gesteld = rijen.stream().map(r -> new Inwerkingstelling(r.id(), r.regio(), r.geldigVanaf(),
                r.versieHash(), r.gebruikersnaam(), r.aangemaakt())).toList();
        // the row count may have grown while loading: then the next check loads again, never too little
        return new Stand(Math.min(teller, rijen.size()), regelingen, new Indicatiemotor(regelingen), gesteld);
    }

    /** The folder's files plus one file per stored version whose bytes still match their hash (others: a problem). */
    private List<Bronbestand> bestanden(List<RegelingInWerkingOpslag.Rij> rijen, List<Probleem> problemen) {
        List<Bronbestand> uit = new ArrayList<>(mapbestanden);
        Set<String> inMap = new HashSet<>();
        mapbestanden.forEach(b -> inMap.add(b.sha256()));
        for (RegelingInWerkingOpslag.Rij r : rijen) {
            Bronbestand b = new Bronbestand(r.regio() + "/in-werking-" + r.id() + ".yaml", r.inhoud());
            if (!b.sha256().equals(r.bestandHash())) {
                problemen.add(new Probleem(plaats(r.id()), 0, "(bestand)", "is gewijzigd na het in werking stellen "
                        + "(SHA-256 wijkt af van de opgeslagen " + r.bestandHash() + ")"));
            } else if (!inMap.contains(b.sha256())) {
                uit.add(b); // the same bytes shipped in the folder since: the folder's copy is that version
            }
        }
        return uit;
    }

    private Regelbron bron(List<Bronbestand> bestanden, Set<String> opvolgers, Map<String, String> plaatsen) {
        return new Regelbron() {
            @Override
            public List<Bronbestand> bestanden() {
                return bestanden;
            }

            @Override
            public boolean opvolger(Bronbestand bestand) {
                return opvolgers.contains(bestand.naam());
            }

            @Override
            public String plaats(Bronbestand bestand) {
                String eigen = plaatsen.get(bestand.naam());
                if (eigen != null) {
                    return eigen;
                }
                Optional<Long> id = idVan(bestand.naam());
                return id.isPresent() ? RegelingenInWerking.plaats(id.get()) : mapbron.plaats(bestand);
            }

            @Override
            public String omschrijving() {
                return map + " + regeling_in_werking";
            }
        };
    }

    private static String plaats(long id) {
        return "regeling_in_werking #" + id;
    }

    private static Optional<Long> idVan(String naam) {
        int i = naam.indexOf("/in-werking-");
        if (i < 0 || !naam.endsWith(".yaml")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(naam.substring(i + "/in-werking-".length(), naam.length() - ".yaml".length())));
    }

    /** The folder as configured, for messages. */
    public Path map() {
        return map;
    }
}
