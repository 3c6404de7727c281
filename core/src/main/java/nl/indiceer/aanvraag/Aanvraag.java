package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A consultant's request: which products, for whom, in which region and municipality, on which date.
 *
 * @param feiten facts the consultant states that rules depend on (declared in the rulebook under
 *               {@code combinaties.feiten}): name to true or false; a fact not given is unknown
 * @param verwijzing who referred the client, with the referral's dates; null when the request does not say
 * @param getallen   facts stated as a number (a fact declared {@code soort: getal}, such as an assessed IQ), also
 *                   under {@code feiten} in the request; a fact not given is unknown
 */
public record Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                       List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten,
                       Map<String, Boolean> feiten, Verwijzing verwijzing, Map<String, BigDecimal> getallen) {

    public Aanvraag {
        feiten = feiten == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(feiten));
        getallen = getallen == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(getallen));
    }

    /** Without facts stated as numbers. */
    public Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                    List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten,
                    Map<String, Boolean> feiten, Verwijzing verwijzing) {
        this(regio, peildatum, gemeente, client, lopendeToewijzingen, producten, feiten, verwijzing, Map.of());
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

    /** The number the consultant stated for a fact declared {@code soort: getal}, or null when the request does not say. */
    public BigDecimal getal(String naam) {
        return getallen.get(naam);
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
