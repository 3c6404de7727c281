package nl.indiceer.web.termijn;

import nl.indiceer.termijn.Termijn;

/**
 * One line of the deadlines list: the deadline, whose it is (the client, the municipality, the consultant who last
 * decided for the client) and the decision to open; for a message deadline (answering a 315 or 317, a 317 received
 * late) the incoming message instead ({@code berichtId}, with {@code beschikkingId} 0). {@code clientId} is null for a
 * request about a client not known here; {@code consulent} null: not yet anyone's ("nog niet toegewezen");
 * {@code noShowId}: for a no-show decision, the recorded report.
 */
public record Termijnregel(Termijn termijn, Long clientId, String gemeentecode, String consulent, long beschikkingId,
                           Long berichtId, Long noShowId) {

    public Termijnregel(Termijn termijn, long clientId, String gemeentecode, String consulent, long beschikkingId) {
        this(termijn, Long.valueOf(clientId), gemeentecode, consulent, beschikkingId, null, null);
    }

    public Termijnregel(Termijn termijn, Long clientId, String gemeentecode, String consulent, long beschikkingId,
                        Long berichtId) {
        this(termijn, clientId, gemeentecode, consulent, beschikkingId, berichtId, null);
    }

    /** This line as someone's: a request of a client that consultant last decided for. */
    public Termijnregel voor(String wie) {
        return new Termijnregel(termijn, clientId, gemeentecode, wie, beschikkingId, berichtId, noShowId);
    }
}
