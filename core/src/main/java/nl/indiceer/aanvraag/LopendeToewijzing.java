package nl.indiceer.aanvraag;

import java.time.LocalDate;
import nl.indiceer.regeling.Financiering;

/**
 * An allocation the client already has (running, or recently ended for the relapse rule).
 *
 * @param id           the request's own reference, used by lines that extend, split or follow it
 * @param aanbieder    optional
 * @param financiering optional
 * @param omvang       optional (null when not given): the allocated volume, needed to split it or extend it
 * @param verlengd     how often its end date was already moved
 */
public record LopendeToewijzing(String id, String product, String aanbieder, Financiering financiering,
                                Looptijd looptijd, Omvang omvang, int verlengd) {

    public LocalDate begindatum() {
        return looptijd.begindatum();
    }

    /** Inclusive. */
    public LocalDate einddatum() {
        return looptijd.einddatum();
    }
}
