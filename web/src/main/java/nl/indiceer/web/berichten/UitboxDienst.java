package nl.indiceer.web.berichten;

import java.util.List;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reading the outbox, for the API and the pages alike: only the user's municipalities (another municipality's message
 * answers 404 exactly like one that does not exist), every read audited ({@code BERICHTEN_LIJST} with the number,
 * {@code BERICHT_GELEZEN}, {@code BERICHT_NIET_GEVONDEN}).
 */
@Service
public class UitboxDienst {

    /** A page of the outbox holds the newest messages; older ones are in the folder and the database. */
    public static final int LIJST_MAXIMUM = 200;

    private final UitboxOpslag opslag;
    private final Audit audit;

    public UitboxDienst(UitboxOpslag opslag, Audit audit) {
        this.opslag = opslag;
        this.audit = audit;
    }

    public List<UitgaandBericht> lijst(Medewerker wie) {
        List<UitgaandBericht> lijst = opslag.lijst(wie.gemeenten(), LIJST_MAXIMUM);
        audit.noteer("BERICHTEN_LIJST", "bericht", null, lijst.size());
        return lijst;
    }

    public List<UitboxOpslag.Reden> redenen(Medewerker wie) {
        List<UitboxOpslag.Reden> lijst = opslag.redenen(wie.gemeenten(), LIJST_MAXIMUM);
        audit.noteer("BERICHTREDENEN_LIJST", "bericht", null, lijst.size());
        return lijst;
    }

    public UitgaandBericht lees(Medewerker wie, long id) {
        var b = opslag.metId(id, wie.gemeenten());
        audit.noteer(b.isPresent() ? "BERICHT_GELEZEN" : "BERICHT_NIET_GEVONDEN", "bericht", id, null);
        return b.orElseThrow(UitboxDienst::nietGevonden);
    }

    static Probleem nietGevonden() {
        return new Probleem(HttpStatus.NOT_FOUND, "BERICHT_NIET_GEVONDEN", "Bericht niet gevonden",
                "er is geen bericht met dit nummer in uw gemeenten");
    }
}
