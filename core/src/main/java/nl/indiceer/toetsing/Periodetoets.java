package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Periodevoorwaarde;
import nl.indiceer.regeling.Product;

/** The product can be allocated in the chosen period (TBGT ...), and what the region attaches to that period. */
public final class Periodetoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Product p = c.product();
        if (!p.indicatiewijze().perioden().contains(c.regel().periode())) {
            return List.of(Bevinding.van(Bevindingcode.PERIODE_NIET_TOEGESTAAN, p.bron(), c.index(), "product", p.naam(),
                    "periode", c.regel().periode(), "toegestaan", List.copyOf(p.indicatiewijze().perioden())));
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Periodevoorwaarde v : c.regeling().periodevoorwaarden()) {
            if (v.periode() == c.regel().periode()) {
                uit.add(Bevinding.van(Bevindingcode.PERIODEVOORWAARDE, v.bron(), c.index(), "melding", v.melding())
                        .metErnst(v.ernst()));
            }
        }
        return uit;
    }
}
