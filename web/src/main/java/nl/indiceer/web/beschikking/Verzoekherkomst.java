package nl.indiceer.web.beschikking;

import java.util.Optional;

/**
 * Where a request came from, when that binds how it may be decided. Implemented by the messages capability (it knows
 * the incoming messages), so that deciding does not depend on it: a request made from a provider's verzoek om wijziging
 * (317) is judged as a whole where the region says so ({@link AlsGeheelGeweigerd}).
 */
public interface Verzoekherkomst {

    /** The id of the incoming 317 this request was made from, in this municipality; empty when none. */
    Optional<Long> wijzigingsverzoek(long aanvraagId, String gemeentecode);
}
