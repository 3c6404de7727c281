package nl.indiceer.regeling;

/**
 * Which product's tariffs price a line: its own, or for a pgb on a traject whose rulebook names
 * {@code pgb_bekostiging.tarief_van} the tariffs of that product: the hourly maximum the source gives for the whole
 * product family (Noord-Limburg Segment 4, 001:1437, 1471-1473, 1539-1545).
 */
public final class Tariefproduct {

    private Tariefproduct() {
    }

    public static Product voor(Regeling regeling, Product product, Financiering financiering) {
        PgbBekostiging pgb = product.indicatiewijze().pgbBekostiging();
        if (!financiering.isPgb() || pgb == null || pgb.tariefVan() == null) {
            return product;
        }
        Product familie = regeling.product(pgb.tariefVan());
        return familie == null ? product : familie;
    }
}
