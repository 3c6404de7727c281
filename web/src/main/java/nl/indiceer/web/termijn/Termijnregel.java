package nl.indiceer.web.termijn;

import nl.indiceer.termijn.Termijn;

/**
 * One line of the deadlines list: the deadline, whose it is (the client, the municipality, the consultant who last
 * decided for the client) and the decision to open; for a message deadline (answering a 315 or 317) the incoming
 * message instead ({@code berichtId}, with {@code beschikkingId} 0 and no consultant).
 */
public record Termijnregel(Termijn termijn, long clientId, String gemeentecode, String consulent, long beschikkingId,
                           Long berichtId) {

    public Termijnregel(Termijn termijn, long clientId, String gemeentecode, String consulent, long beschikkingId) {
        this(termijn, clientId, gemeentecode, consulent, beschikkingId, null);
    }
}
