package nl.indiceer.web.beschikking;

import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.web.client.Client;

/**
 * Published inside the transaction that stores a decision, so that what must follow from it (the allocation messages
 * of the outbox) is stored in the same transaction or not at all. {@code toString} leaves out the client's data.
 *
 * @param id the stored decision's id
 */
public record BeschikkingGenomen(long id, Beschikking beschikking, Aanvraag aanvraag, Uitkomst uitkomst, Client client) {

    @Override
    public String toString() {
        return "BeschikkingGenomen[" + id + "]";
    }
}
