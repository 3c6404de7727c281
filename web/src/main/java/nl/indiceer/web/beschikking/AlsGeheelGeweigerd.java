package nl.indiceer.web.beschikking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;

/**
 * A decision refused because its request came from a verzoek om wijziging (317) that the region judges as a whole
 * (Flevoland 002:498-502: "Wanneer een deel van het verzoek niet gehonoreerd wordt, stuurt de gemeente geen JW301") and
 * a line was refused. 422: the consultant grants every line, or refuses the whole 317 with a 319 on its message page.
 *
 * @param inkomendBericht the incoming 317's id (its page offers the 319)
 * @param afgewezen       the indexes of the lines refused in the decision asked
 */
public class AlsGeheelGeweigerd extends Probleem {

    public static final String CODE = "VERZOEK_OM_WIJZIGING_ALS_GEHEEL";

    private final long inkomendBericht;
    private final List<Integer> afgewezen;

    public AlsGeheelGeweigerd(long inkomendBericht, List<Integer> afgewezen, String bron) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, CODE, "Verzoek om wijziging als geheel",
                "deze aanvraag komt uit een verzoek om wijziging (317, inkomend bericht " + inkomendBericht + ") dat de "
                        + "regeling als geheel beoordeelt (" + bron + "): ken alle regels toe, of wijs het hele verzoek af "
                        + "met een 319 (POST /api/berichten/inkomend/" + inkomendBericht + "/afwijzing)");
        this.inkomendBericht = inkomendBericht;
        this.afgewezen = List.copyOf(afgewezen);
    }

    public long inkomendBericht() {
        return inkomendBericht;
    }

    public List<Integer> afgewezen() {
        return afgewezen;
    }

    @Override
    public Map<String, Object> gegevens() {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("inkomendBericht", inkomendBericht);
        g.put("afgewezenRegels", afgewezen);
        return g;
    }
}
