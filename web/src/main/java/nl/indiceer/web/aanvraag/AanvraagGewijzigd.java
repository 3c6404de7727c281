package nl.indiceer.web.aanvraag;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;

/**
 * 409 {@code AANVRAAG_GEWIJZIGD}: the aanvraag was saved by someone else (or by the same user elsewhere) after the
 * version the caller started from. Nothing of the caller's change is stored; the answer says who saved it when, and
 * the current version ({@code versie}, {@code gewijzigdDoor}, {@code gewijzigd}), so that a page can show it and
 * the caller can take their own input (which they still have) over onto the current version.
 */
public class AanvraagGewijzigd extends Probleem {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm:ss");
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final OpgeslagenAanvraag huidig;

    public AanvraagGewijzigd(OpgeslagenAanvraag huidig, int uwVersie, String wie) {
        super(HttpStatus.CONFLICT, "AANVRAAG_GEWIJZIGD", "Aanvraag tussendoor gewijzigd", melding(huidig, uwVersie, wie));
        this.huidig = huidig;
    }

    private static String melding(OpgeslagenAanvraag huidig, int uwVersie, String wie) {
        String moment = huidig.gewijzigd().atZoneSameInstant(NEDERLAND).format(MOMENT);
        String door = huidig.gewijzigdDoor().equals(wie)
                ? "u heeft deze aanvraag zelf tussendoor opgeslagen (bijvoorbeeld in een ander venster)"
                : "een collega (" + huidig.gewijzigdDoor() + ") heeft deze aanvraag tussendoor opgeslagen";
        return door + ", op " + moment + "; de aanvraag is nu versie " + huidig.versie() + ", u werkte met versie "
                + uwVersie + ". Uw wijziging is niet opgeslagen en er is niets overschreven. Haal de aanvraag opnieuw op, "
                + "breng uw wijziging daarin aan en sla hem op met versie " + huidig.versie() + ".";
    }

    public OpgeslagenAanvraag huidig() {
        return huidig;
    }

    @Override
    public Map<String, Object> gegevens() {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("versie", huidig.versie());
        g.put("gewijzigdDoor", huidig.gewijzigdDoor());
        g.put("gewijzigd", huidig.gewijzigd().toString());
        return g;
    }
}
