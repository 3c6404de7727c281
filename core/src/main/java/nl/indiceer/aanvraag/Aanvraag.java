package nl.indiceer.aanvraag;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A consultant's request: which products, for whom, in which region and municipality, on which date.
 *
 * @param feiten facts the consultant states that rules depend on (declared in the rulebook under
 *               {@code combinaties.feiten}): name to true or false; a fact not given is unknown
 * @param verwijzing who referred the client, with the referral's dates; null when the request does not say
 */
public record Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                       List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten,
                       Map<String, Boolean> feiten, Verwijzing verwijzing) {

    public Aanvraag {
        feiten = feiten == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feiten));
    }

    /** Without a stated referral. */
    public Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                    List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten,
                    Map<String, Boolean> feiten) {
        this(regio, peildatum, gemeente, client, lopendeToewijzingen, producten, feiten, null);
    }

    public Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                    List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten) {
        this(regio, peildatum, gemeente, client, lopendeToewijzingen, producten, Map.of());
    }

    /** True or false as the consultant stated it, or null when the request does not say. */
    public Boolean feit(String naam) {
        return feiten.get(naam);
    }

    public LopendeToewijzing lopende(String id) {
        for (LopendeToewijzing t : lopendeToewijzingen) {
            if (t.id() != null && t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
