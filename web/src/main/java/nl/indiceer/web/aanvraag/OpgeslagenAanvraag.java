package nl.indiceer.web.aanvraag;

import java.time.OffsetDateTime;
import java.util.List;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.regeling.RegelingVersie;

/**
 * A saved request as stored. {@code toString} leaves out the input and the result, which may hold a client's name.
 *
 * @param consulent      who created it (the owner)
 * @param gewijzigdDoor  who saved it last
 * @param invoer         the request JSON exactly as sent
 * @param regeling       the rulebook version it was computed with; null when the engine refused the input
 * @param resultaat      the engine's result JSON, exactly as {@code POST /api/berekening} answers it; null likewise
 * @param fouten         the engine's problems with the input (paths within {@code invoer}); empty when computed
 */
public record OpgeslagenAanvraag(long id, long clientId, String gemeentecode, Aanvraagstatus status, String consulent,
                                 String gewijzigdDoor, String invoer, RegelingVersie regeling, String resultaat,
                                 List<Invoerfout> fouten, Samenvatting samenvatting, OffsetDateTime aangemaakt,
                                 OffsetDateTime gewijzigd, int versie) {

    public OpgeslagenAanvraag {
        fouten = fouten == null ? List.of() : List.copyOf(fouten);
    }

    @Override
    public String toString() {
        return "OpgeslagenAanvraag[" + id + ", client " + clientId + ", gemeente " + gemeentecode + ", " + status
                + ", versie " + versie + "]";
    }
}
