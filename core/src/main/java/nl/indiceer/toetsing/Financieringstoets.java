package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.regeling.FinancieringUitgesloten;
import nl.indiceer.regeling.Product;

/** The financing form is allowed for the product, and a tariff is published for it. */
public final class Financieringstoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Product p = c.product();
        FinancieringUitgesloten u = p.uitsluiting(c.regel().financiering());
        if (u != null) {
            return List.of(Bevinding.van(Bevindingcode.FINANCIERING_NIET_TOEGESTAAN, u.bron(), c.index(),
                    "product", p.naam(), "financiering", c.regel().financiering()));
        }
        if (p.tarifering().tarieven().isEmpty()) {
            return List.of(Bevinding.van(Bevindingcode.GEEN_TARIEVEN_IN_REGELING, p.bron(), c.index(), "product", p.naam()));
        }
        if (!p.heeftTariefVoor(c.regel().financiering())) {
            return List.of(Bevinding.van(Bevindingcode.TARIEF_ONBEKEND, p.bron(), c.index(), "product", p.naam(),
                    "financiering", c.regel().financiering()));
        }
        return List.of();
    }
}
