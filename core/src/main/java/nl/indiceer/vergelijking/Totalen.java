package nl.indiceer.vergelijking;

import java.math.BigDecimal;
import java.util.List;

/**
 * The totals of a comparison: how many requests came to what, and the cost per municipality, product and
 * provider (sorted by region and key). Costs are over the requests both sets compute.
 */
public record Totalen(long aanvragen, long gelijk, long verschil, long alleenOud, long alleenNieuw, long ongeldig,
                      BigDecimal kostenOud, BigDecimal kostenNieuw, List<Kostentotaal> perGemeente,
                      List<Kostentotaal> perProduct, List<Kostentotaal> perAanbieder) {

    public Totalen {
        perGemeente = List.copyOf(perGemeente);
        perProduct = List.copyOf(perProduct);
        perAanbieder = List.copyOf(perAanbieder);
    }

    public BigDecimal kostenVerschil() {
        return kostenNieuw.subtract(kostenOud);
    }

    /** Requests whose outcome differs: computed by both with a difference, or by one set only. */
    public long metVerschil() {
        return verschil + alleenOud + alleenNieuw;
    }
}
