package nl.indiceer.web.sturing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.RegelingLezer;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.GebruikerOpslag;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.regeling.RegelingInWerkingOpslag;
import nl.indiceer.web.regeling.RegelingenInWerking;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Putting a candidate rulebook version in force from its own {@code geldig_vanaf} (the beleid role, after confirming).
 * The date is the file's: the version's hash covers it, so what is stored says itself from when it applies. Refused,
 * each with a Dutch reason naming the field:
 * <ul>
 * <li>a file the reader refuses, or a set with it that does not load (the checks of {@code indiceer regeling controleer});</li>
 * <li>a region that has no rulebook yet (a new region comes with the folder, not from a form);</li>
 * <li>a start date today or earlier: requests computed today or before were computed under the version then in force,
 *     and the same peildatum must never be computed under two versions; so at the earliest tomorrow;</li>
 * <li>a start date that a version of the region already has;</li>
 * <li>a set in which any version in force before would change its hash or start (e.g. a dated tariff list of the folder
 *     that would move to the new version): decisions name their version by hash, and must find it unchanged.</li>
 * </ul>
 * The version before it ends the day before the new one begins; requests with a later peildatum are computed under the
 * new one from then on; decisions already taken keep their stored result, letter and hash.
 */
@Service
public class Inwerkingstelling {

    /**
     * What putting the candidate in force would do: the version as loaded with it, and the version it ends (or null).
     *
     * @param bestandHash SHA-256 of the file's bytes: the confirmation names it, so that what is confirmed is what was checked
     */
    public record Voorstel(Regeling versie, Regeling beeindigt, String bestandHash) {
    }

    /**
     * A refusal that is not a problem of the file itself: {@code code} is stable for the API; the Dutch text is the
     * bundle's {@code sturing.inwerking.fout.<code>} with {@code argumenten} (teksten/sturing.properties).
     */
    public static final class Geweigerd extends RuntimeException {
        private final String code;
        private final HttpStatus status;
        private final transient Object[] argumenten;

        Geweigerd(HttpStatus status, String code, Object... argumenten) {
            super(code);
            this.code = code;
            this.status = status;
            this.argumenten = argumenten.clone();
        }

        public String code() {
            return code;
        }

        public HttpStatus status() {
            return status;
        }

        public String sleutel() {
            return "sturing.inwerking.fout." + code;
        }

        public Object[] argumenten() {
            return argumenten.clone();
        }
    }

    private final RegelingenInWerking inWerking;
    private final RegelingInWerkingOpslag opslag;
    private final GebruikerOpslag gebruikers;
    private final Audit audit;
    private final TransactionTemplate transactie;

    Inwerkingstelling(RegelingenInWerking inWerking, RegelingInWerkingOpslag opslag, GebruikerOpslag gebruikers, Audit audit,
                      TransactionTemplate transactie) {
        this.inWerking = inWerking;
        this.opslag = opslag;
        this.gebruikers = gebruikers;
        this.audit = audit;
        this.transactie = transactie;
    }

    /**
     * Checks the candidate as putting it in force would, and says what it would do. Nothing is stored.
     *
     * @throws OngeldigeRegelingException with every problem of the file or of the set with it
     * @throws Geweigerd                  for a region, date or change that may not be put in force
     */
    public Voorstel controleer(byte[] kandidaat, LocalDate vandaag) {
        if (kandidaat.length > Kandidaatregelingen.MAXIMALE_GROOTTE) {
            throw new OngeldigeRegelingException(List.of(new Probleem(Kandidaatregelingen.NAAM, 0, "(bestand)",
                    "is groter dan " + Kandidaatregelingen.MAXIMALE_GROOTTE / 1024 + " kB")));
        }
        Regeling gelezen = RegelingLezer.lees(Kandidaatregelingen.NAAM, kandidaat);
        Regelingen nu = inWerking.nu();
        String regio = nu.regio(gelezen.regio());
        if (regio == null || !regio.equals(gelezen.regio())) {
            throw new Geweigerd(HttpStatus.UNPROCESSABLE_CONTENT, "ONBEKENDE_REGIO", gelezen.regio(),
                    String.join(", ", nu.regios()));
        }
        if (!gelezen.geldigVanaf().isAfter(vandaag)) {
            throw new Geweigerd(HttpStatus.UNPROCESSABLE_CONTENT, "DATUM_NIET_IN_TOEKOMST", gelezen.geldigVanaf().toString(),
                    vandaag.toString());
        }
        Map<LocalDate, Regeling> voorheen = new HashMap<>();
        for (Regeling r : nu.versies(regio)) {
            voorheen.put(r.geldigVanaf(), r);
        }
        if (voorheen.containsKey(gelezen.geldigVanaf())) {
            throw new Geweigerd(HttpStatus.CONFLICT, "DATUM_BEZET", regio, gelezen.geldigVanaf().toString());
        }
        Bronbestand bestand = new Bronbestand(regio + "/kandidaat.yaml", kandidaat);
        Regelingen met = inWerking.met(bestand, Kandidaatregelingen.NAAM);
        Regeling versie = null;
        Regeling beeindigt = null;
        for (Regeling r : met.versies(regio)) {
            Regeling eerder = voorheen.get(r.geldigVanaf());
            if (r.geldigVanaf().equals(gelezen.geldigVanaf())) {
                versie = r;
            } else if (eerder == null || !eerder.versie().equals(r.versie())) {
                throw new Geweigerd(HttpStatus.CONFLICT, "VERSIE_ZOU_WIJZIGEN", regio, r.geldigVanaf().toString());
            } else if (!java.util.Objects.equals(eerder.geldigTot(), r.geldigTot())) {
                beeindigt = r;
            }
        }
        return new Voorstel(versie, beeindigt, bestand.sha256());
    }

    /**
     * Puts the candidate in force after checking it again (the set may have changed since the confirmation page), and
     * loads the rulebooks again in this instance at once. The others load on their next request.
     *
     * @param bevestigdeHash the file hash the user confirmed; another file is refused
     * @return the id of the stored version
     */
    public long zetInWerking(Medewerker wie, byte[] kandidaat, String bevestigdeHash, LocalDate vandaag) {
        Voorstel voorstel = controleer(kandidaat, vandaag);
        if (!voorstel.bestandHash().equals(bevestigdeHash)) {
            throw new Geweigerd(HttpStatus.CONFLICT, "NIET_BEVESTIGD");
        }
        long gebruikerId = gebruikers.metNaam(wie.gebruikersnaam()).orElseThrow().id();
        Regeling v = voorstel.versie();
        long id;
        try {
            id = transactie.execute(s -> {
                long nieuw = opslag.voegToe(v.regio(), v.geldigVanaf(), kandidaat, voorstel.bestandHash(), v.versie().hash(),
                        gebruikerId, wie.gebruikersnaam(), OffsetDateTime.now());
                audit.noteer("REGELING_IN_WERKING_GEZET", "regeling_in_werking", nieuw, null);
                return nieuw;
            });
        } catch (DuplicateKeyException e) {
            throw new Geweigerd(HttpStatus.CONFLICT, "DATUM_BEZET", v.regio(), v.geldigVanaf().toString());
        }
        inWerking.bijwerken();
        return id;
    }
}
