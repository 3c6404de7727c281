package nl.indiceer.web.beschikking;

import java.util.Map;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelkeuze;

/**
 * A consultant's request to decide a saved request (aanvraag).
 *
 * @param versie   the version of the aanvraag the consultant looked at; null: whatever is stored
 * @param soort    EERSTE, or the kind of change
 * @param vorigeId for a change: the decision it changes (the latest of its line of decisions); null for EERSTE
 * @param keuzes   per line index of the request: toekennen or afwijzen, motivation, and for a change the allocation
 */
public record Besluitverzoek(long aanvraagId, Integer versie, Beschikkingsoort soort, Long vorigeId,
                             Map<Integer, Regelkeuze> keuzes) {

    public Besluitverzoek {
        keuzes = Map.copyOf(keuzes);
    }
}
