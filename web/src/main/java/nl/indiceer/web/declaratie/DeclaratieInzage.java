package nl.indiceer.web.declaratie;

import java.util.List;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Reading received declarations and their report, for the API and the pages alike: only the user's municipalities
 * (another municipality's declaration answers 404 exactly like one that does not exist), every read audited
 * ({@code DECLARATIES_LIJST} with the number, {@code DECLARATIE_GELEZEN}, {@code DECLARATIE_NIET_GEVONDEN}).
 */
@Service
public class DeclaratieInzage {

    public static final int LIJST_MAXIMUM = 200;
    /** The most prestaties one page of the report shows (a declaration may hold a million). */
    public static final int REGELS_MAXIMUM = 5000;

    private final DeclaratieOpslag opslag;
    private final Audit audit;

    public DeclaratieInzage(DeclaratieOpslag opslag, Audit audit) {
        this.opslag = opslag;
        this.audit = audit;
    }

    public List<Declaratie> lijst(Medewerker wie) {
        List<Declaratie> lijst = opslag.lijst(wie.gemeenten(), LIJST_MAXIMUM);
        audit.noteer("DECLARATIES_LIJST", "declaratie", null, lijst.size());
        return lijst;
    }

    public Declaratie lees(Medewerker wie, long id) {
        var d = opslag.metId(id, wie.gemeenten());
        audit.noteer(d.isPresent() ? "DECLARATIE_GELEZEN" : "DECLARATIE_NIET_GEVONDEN", "declaratie", id, null);
        return d.orElseThrow(DeclaratieInzage::nietGevonden);
    }

    /** The prestaties of a declaration already read with {@link #lees}, {@code aantal} from place {@code vanaf}. */
    public List<Declaratieregel> regels(Declaratie d, int vanaf, int aantal) {
        if (vanaf < 0 || aantal < 1 || aantal > REGELS_MAXIMUM) {
            throw new Probleem(HttpStatus.BAD_REQUEST, "BEREIK_ONGELDIG", "Ongeldig bereik",
                    "vanaf is 0 of meer, aantal 1 tot en met " + REGELS_MAXIMUM);
        }
        return opslag.regels(d.id(), vanaf, aantal);
    }

    static Probleem nietGevonden() {
        return new Probleem(HttpStatus.NOT_FOUND, "DECLARATIE_NIET_GEVONDEN", "Declaratie niet gevonden",
                "er is geen declaratie met dit nummer in uw gemeenten");
    }
}
