package nl.indiceer.web.beschikking;

import java.time.OffsetDateTime;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.regeling.RegelingVersie;

/**
 * A stored decision without its letter's bytes. {@code toString} leaves out the content, which holds the findings
 * and motivations of a client's case.
 *
 * @param vorigeId   the decision it changes; null for EERSTE
 * @param aanvraagId the request it was decided from
 * @param inhoud     the whole decision as JSON (core's {@code BeschikkingJson})
 */
public record OpgeslagenBeschikking(long id, String kenmerk, Beschikkingsoort soort, Long vorigeId, Long aanvraagId,
                                    long clientId, String gemeentecode, RegelingVersie regeling, String besluitnemer,
                                    OffsetDateTime moment, String inhoud, String briefSha256) {

    @Override
    public String toString() {
        return "OpgeslagenBeschikking[" + id + ", " + kenmerk + ", " + soort + ", client " + clientId + "]";
    }
}
