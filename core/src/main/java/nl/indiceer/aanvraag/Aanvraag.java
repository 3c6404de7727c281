package nl.indiceer.aanvraag;

import java.time.LocalDate;
import java.util.List;

/** A consultant's request: which products, for whom, in which region and municipality, on which date. */
public record Aanvraag(String regio, LocalDate peildatum, String gemeente, Client client,
                       List<LopendeToewijzing> lopendeToewijzingen, List<Productregel> producten) {

    public LopendeToewijzing lopende(String id) {
        for (LopendeToewijzing t : lopendeToewijzingen) {
            if (t.id() != null && t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
