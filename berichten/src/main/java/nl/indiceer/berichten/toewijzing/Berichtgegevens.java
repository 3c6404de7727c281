package nl.indiceer.berichten.toewijzing;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Objects;
import nl.indiceer.beschikking.Beschikkingsoort;

/**
 * What making the 301s of a request needs beyond the request and its rulebook.
 *
 * @param gemeentecode  the municipality's CBS code; null: the request's municipality in the rulebook
 * @param agbCodes      a provider's name in the request to its AGB code (a provider given as 8 digits is its own code)
 * @param client        the client; null when not known (then no 301 can be made)
 * @param gezinsleden   other children of a family product by their name in the request
 * @param lopende       the request's running allocations by id, as sent before
 * @param gezinslopende a family product's running allocations of the other children: by allocation id, then by the
 *                      child's BSN, as sent before in the child's own 301 (each child's number stays, IV066)
 * @param soort         what the decision does to the running allocations it changes; null: read from the lines (a
 *                      withdrawal cannot be read from them and needs INTREKKING)
 * @param moment        the decision moment: Toewijzingsdatum and -tijd of what it changes
 */
public record Berichtgegevens(String gemeentecode, Map<String, String> agbCodes, Persoon client,
                              Map<String, Persoon> gezinsleden, Map<String, EerdereToewijzing> lopende,
                              Beschikkingsoort soort, LocalDateTime moment, Nummering nummering,
                              Map<String, Map<String, EerdereToewijzing>> gezinslopende) {

    public Berichtgegevens {
        agbCodes = Map.copyOf(agbCodes);
        gezinsleden = Map.copyOf(gezinsleden);
        lopende = Map.copyOf(lopende);
        Map<String, Map<String, EerdereToewijzing>> kopie = new java.util.HashMap<>();
        gezinslopende.forEach((id, perKind) -> kopie.put(id, Map.copyOf(perKind)));
        gezinslopende = Map.copyOf(kopie);
        Objects.requireNonNull(moment, "moment");
        Objects.requireNonNull(nummering, "nummering");
    }

    /** Without running allocations of other children. */
    public Berichtgegevens(String gemeentecode, Map<String, String> agbCodes, Persoon client,
                           Map<String, Persoon> gezinsleden, Map<String, EerdereToewijzing> lopende,
                           Beschikkingsoort soort, LocalDateTime moment, Nummering nummering) {
        this(gemeentecode, agbCodes, client, gezinsleden, lopende, soort, moment, nummering, Map.of());
    }
}
