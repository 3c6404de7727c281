package nl.indiceer.web.sturing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Bronbestand;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelbron;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.RegelingLezer;
import nl.indiceer.regeling.Regelingen;

/**
 * The rulebooks in force plus one candidate version, loaded apart from the ones in force (which stay as they are):
 * the candidate is read and checked by the core reader first (its own clear errors, file "kandidaat.yaml"), then
 * takes the place {@code <regio>/<geldig_vanaf>.yaml}: it replaces a version of the same region and start date, or is
 * added beside the others (an overlap with an open-ended version is reported by the loader, never resolved here).
 */
public final class Kandidaatregelingen {

    /** The largest upload: the reader's own limit for one file. */
    public static final int MAXIMALE_GROOTTE = 1024 * 1024;

    public static final String NAAM = "kandidaat.yaml";

    /** What was loaded: the candidate version and the whole set with it. */
    public record Geladen(Regeling kandidaat, Regelingen regelingen) {
    }

    private Kandidaatregelingen() {
    }

    /** @throws OngeldigeRegelingException with every problem, naming the candidate as {@link #NAAM} */
    public static Geladen laad(Regelbron inWerking, byte[] kandidaat) {
        if (kandidaat.length > MAXIMALE_GROOTTE) {
            throw new OngeldigeRegelingException(List.of(new Probleem(NAAM, 0, "(bestand)",
                    "is groter dan " + MAXIMALE_GROOTTE / 1024 + " kB")));
        }
        Regeling gelezen = RegelingLezer.lees(NAAM, kandidaat);
        String plaats = gelezen.regio() + "/" + gelezen.geldigVanaf() + ".yaml";
        List<Bronbestand> bestanden = new ArrayList<>();
        for (Bronbestand b : inWerking.bestanden()) {
            if (!b.naam().equals(plaats)) {
                bestanden.add(b);
            }
        }
        bestanden.add(new Bronbestand(plaats, kandidaat));
        Regelingen alle = Regelingen.laad(new Regelbron() {
            @Override
            public List<Bronbestand> bestanden() {
                return bestanden;
            }

            @Override
            public String plaats(Bronbestand bestand) {
                return bestand.naam().equals(plaats) ? NAAM : inWerking.plaats(bestand);
            }

            @Override
            public boolean opvolger(Bronbestand bestand) {
                // versions put in force in the application keep ending the one before them; the candidate is compared as
                // a file of the folder would be (an overlap with an open-ended version is reported)
                return !bestand.naam().equals(plaats) && inWerking.opvolger(bestand);
            }

            @Override
            public String omschrijving() {
                return inWerking.omschrijving() + " + " + NAAM;
            }
        });
        Regeling kandidaatversie = alle.versies(gelezen.regio()).stream()
                .filter(r -> r.geldigVanaf().equals(gelezen.geldigVanaf())).findFirst().orElseThrow();
        return new Geladen(kandidaatversie, alle);
    }
}
