package nl.indiceer.web.berichten;

import java.util.Map;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;

/** A refusal of a request that cannot be made as given: 422 with a stable code and the field it is about. */
public class AfwijzingOngeldig extends Probleem {

    private final String veld;

    AfwijzingOngeldig(String code, String veld, String melding) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, "Afwijzing niet mogelijk", melding);
        this.veld = veld;
    }

    /** reden, referentie or woonplaatsbeginselGemeente. */
    public String veld() {
        return veld;
    }

    @Override
    public Map<String, Object> gegevens() {
        return Map.of("veld", veld);
    }
}
