package nl.indiceer.web.berichten;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

/**
 * An outgoing message as stored: its exact bytes and where it is. {@code toString} leaves out the content (it holds the
 * client's BSN, name and address).
 *
 * @param clientId           the client it is about; null for a message about many clients (a 325) or an unknown one
 * @param beschikkingId      the decision that caused it; null for an answer to an incoming message (319, 325)
 * @param ontvanger          the provider's AGB code
 * @param bestand            the file name in the recipient's folder once written; null before
 * @param inkomendBerichtId  the incoming message this one answers; null when it answers none
 */
public record UitgaandBericht(long id, String gemeentecode, Long clientId, Long beschikkingId, String soort,
                              String ontvanger, String identificatie, byte[] inhoud, Berichtstatus status, String bestand,
                              OffsetDateTime aangemaakt, OffsetDateTime verzonden, Long inkomendBerichtId) {

    /** The name in the recipient's folder: derived from the message's identity only, so a rewrite lands on itself. */
    public String bestandsnaam() {
        return soort + "-" + gemeentecode + "-" + identificatie + ".xml";
    }

    public String tekst() {
        return new String(inhoud, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "UitgaandBericht[" + id + ", " + soort + ", " + status + "]";
    }
}
