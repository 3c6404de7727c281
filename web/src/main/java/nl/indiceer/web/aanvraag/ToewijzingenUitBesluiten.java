package nl.indiceer.web.aanvraag;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.web.beveiliging.Medewerker;

/**
 * The allocations a client really has, from the decisions stored in Indiceer, as a new request on a peildatum should
 * know them (the beschikking package provides the bean; this package does not depend on it). The request form adds
 * them to what the consultant types (allocations from outside Indiceer), so the engine's combination checks and the
 * extension rule work with what was granted.
 */
public interface ToewijzingenUitBesluiten {

    /** The id of an allocation started by an Indiceer decision: {@code <gemeente>-<jaar>-<nummer>/<regel>}. */
    Pattern ID = Pattern.compile("[0-9]{4}-[0-9]{4}-[0-9]{6}/[0-9]{1,3}");

    /** Scoped to the user's municipalities; empty for a client of another municipality. */
    List<LopendeToewijzing> voorAanvraag(Medewerker wie, long clientId, LocalDate peildatum);

    /** True for an allocation id Indiceer gives (such a row of a stored request is derived, not typed). */
    static boolean uitIndiceer(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** An allocation as a member of the request's {@code lopende_toewijzingen} (docs/aanvraag-formaat.md). */
    static ObjectNode alsJson(LopendeToewijzing l) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("id", l.id());
        o.put("product", l.product());
        if (l.aanbieder() != null) {
            o.put("aanbieder", l.aanbieder());
        }
        if (l.financiering() != null) {
            o.put("financiering", l.financiering().name());
        }
        o.put("begindatum", l.begindatum().toString());
        o.put("einddatum", l.einddatum().toString());
        if (l.omvang() != null) {
            o.put("volume", l.omvang().volume());
            o.put("eenheid", l.omvang().eenheid().enkelvoud());
            o.put("periode", l.omvang().periode().name());
        }
        if (l.verlengd() > 0) {
            o.put("verlengd", l.verlengd());
        }
        return o;
    }
}
