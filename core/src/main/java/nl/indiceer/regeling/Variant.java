package nl.indiceer.regeling;

import java.util.List;

/** A named alternative of a product with its own limits and duration (e.g. Dagactiviteit as respijtzorg). */
public record Variant(String naam, String omschrijving, List<Limiet> limieten, Duur duur, VastVolume vastVolume,
                      Bron bron, String onduidelijk) {

    public Variant {
        limieten = Onveranderlijk.lijst(limieten);
    }
}
