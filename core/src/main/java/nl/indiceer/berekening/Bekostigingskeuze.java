package nl.indiceer.berekening;

import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Bekostigingsregel;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;

/**
 * Step 3: how the line is paid for: the product's own form (pxq, traject), unless the municipality buys it
 * in its own way (Venlo: plekken, 001:1715-1748). A pgb follows the product, never the municipality's purchase.
 *
 * @param inkoop the municipality's rule that applied, or null
 */
record Bekostigingskeuze(Bekostiging vorm, Bekostigingsregel inkoop) {

    static Bekostigingskeuze voor(Aanvraag aanvraag, Regeling regeling, Product product, Productregel regel) {
        Bekostigingsregel inkoop = regel.financiering().isPgb() ? null : gemeentelijk(aanvraag, regeling, product);
        return inkoop == null ? new Bekostigingskeuze(product.bekostigingVoor(regel.financiering()), null)
                : new Bekostigingskeuze(inkoop.vorm(), inkoop);
    }

    private static Bekostigingsregel gemeentelijk(Aanvraag aanvraag, Regeling regeling, Product product) {
        if (aanvraag.gemeente() == null) {
            return null;
        }
        Gemeente g = regeling.gemeente(aanvraag.gemeente());
        if (g == null) {
            return null;
        }
        for (Bekostigingsregel b : g.bekostiging()) {
            for (String naam : b.producten()) {
                if (regeling.combinaties().codes(naam).contains(product.code())) {
                    return b;
                }
            }
        }
        return null;
    }
}
