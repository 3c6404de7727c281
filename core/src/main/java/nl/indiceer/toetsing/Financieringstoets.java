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
        // a pgb on a traject may be priced at its product family's hourly maximum (pgb_bekostiging.tarief_van)
        if (!nl.indiceer.regeling.Tariefproduct.voor(c.regeling(), p, c.regel().financiering())
                .heeftTariefVoor(c.regel().financiering())) {
            return List.of(Bevinding.van(Bevindingcode.TARIEF_ONBEKEND, p.bron(), c.index(), "product", p.naam(),
                    "financiering", c.regel().financiering()));
        }
        return List.of();
    }
}
