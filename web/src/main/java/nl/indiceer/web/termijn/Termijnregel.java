package nl.indiceer.web.termijn;

import nl.indiceer.termijn.Termijn;

/**
 * One line of the deadlines list: the deadline, whose it is (the client, the municipality, the consultant who last
 * decided for the client) and the decision to open.
 */
public record Termijnregel(Termijn termijn, long clientId, String gemeentecode, String consulent, long beschikkingId) {
}
