package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Voorwaarde;

/** What the tool cannot check itself, and what the rulebook marks as unclear about the product, is shown. */
public final class Voorwaardentoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Product p = c.product();
        List<Bevinding> uit = new ArrayList<>(Onduidelijkheden.van(p.herkomst().onduidelijk(), p.bron(), c.index()));
        if (c.variant() != null) {
            uit.addAll(Onduidelijkheden.van(c.variant().onduidelijk(), c.variant().bron(), c.index()));
        }
        for (Voorwaarde v : p.bijzondereRegels().voorwaarden()) {
            uit.add(Bevinding.van(Bevindingcode.VOORWAARDE, v.bron(), c.index(), "tekst", v.tekst()));
            uit.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), c.index()));
        }
        return uit;
    }
}
