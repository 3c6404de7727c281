package nl.indiceer.berichten.declaratie;

import java.util.List;
import nl.indiceer.berichten.Wet;

/**
 * A product a region allocates with a national product code, as the generator of test sets uses it: the code, the
 * unit and tariff of the rulebook, and the municipalities (CBS codes) of the region.
 *
 * @param eenheid       WJ756 code of the tariff's unit ("04" uur, "01" minuut, ...)
 * @param tariefCenten  eurocents per unit
 */
public record Productaanbod(String regio, Wet wet, String categorie, String code, String eenheid, long tariefCenten,
                            List<String> gemeenten) {

    public Productaanbod {
        gemeenten = List.copyOf(gemeenten);
        if (gemeenten.isEmpty()) {
            throw new IllegalArgumentException("een product zonder gemeente kan niet worden toegewezen: " + code);
        }
    }
}
