package nl.indiceer.web.beschikking;

import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.web.client.Client;

/**
 * Writes the letter of a decision, once, when it is decided: the bytes are stored with the decision (and their
 * SHA-256) in the same insert, and are what is downloaded ever after. One implementation is a bean.
 */
public interface Beschikkingsbrieven {

    /**
     * The letter as a PDF.
     *
     * @param beschikking the decision as decided (kenmerk, lines, volumes, rekensom, findings, motivations, decider)
     * @param aanvraag    the stored request it was decided from, as read by the engine
     * @param uitkomst    the engine's result for that request under the decision's rulebook version
     * @param client      the client (name, date of birth, municipality)
     * @param normeringen per line index the normenkader result its volume rests on (lines without are absent)
     * @return the PDF's bytes, never empty
     */
    byte[] brief(Beschikking beschikking, Aanvraag aanvraag, Uitkomst uitkomst, Client client,
                 Map<Integer, Normering> normeringen);
}
