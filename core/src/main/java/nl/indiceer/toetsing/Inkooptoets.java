package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Product;

/** The municipality buys the product (a product listing its municipalities is bought by those only). */
public final class Inkooptoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Product p = c.product();
        String gemeente = c.aanvraag().gemeente();
        if (gemeente == null || p.bijzondereRegels().gemeenten().isEmpty()) {
            return List.of();
        }
        Gemeente g = c.regeling().gemeente(gemeente);
        String naam = g == null ? gemeente : g.naam();
        if (p.bijzondereRegels().gemeenten().contains(naam)) {
            return List.of();
        }
        return List.of(Bevinding.van(Bevindingcode.PRODUCT_NIET_INGEKOCHT, p.bron(), c.index(), "gemeente", naam,
                "product", p.naam(), "gemeenten", p.bijzondereRegels().gemeenten()));
    }
}
