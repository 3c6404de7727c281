package nl.indiceer.web.berichten;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The text key of a message's status, for the pages ({@code #{${@berichtWeergave.status(...)}}}). */
@Component("berichtWeergave")
public class Berichtweergave {

    private static final Map<String, String> STATUS = Map.of(
            "AANGEMAAKT", "berichten.status.AANGEMAAKT",
            "VERZONDEN", "berichten.status.VERZONDEN",
            "RETOUR_ONTVANGEN", "berichten.status.RETOUR_ONTVANGEN",
            "AFGEKEURD", "berichten.status.AFGEKEURD",
            "TE_BEHANDELEN", "berichten.status.TE_BEHANDELEN",
            "VERWERKT", "berichten.status.VERWERKT",
            "BEANTWOORD", "berichten.status.BEANTWOORD");

    public String status(String status) {
        String sleutel = STATUS.get(status);
        if (sleutel == null) {
            throw new IllegalArgumentException("onbekende status " + status);
        }
        return sleutel;
    }
}
