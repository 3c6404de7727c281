package nl.indiceer.regeling;

/**
 * A traject product that a pgb pays per unit instead: "Een PGB wordt gefinancierd op basis van PxQ,
 * oftewel op basis van uur- of dag(deel)tarieven" (Noord-Limburg, 001:1432-1437).
 *
 * @param tariefVan   optional: the product whose pgb tariff in {@code eenheid} prices this one, where the source gives
 *                    one hourly maximum for a product family under one code (Segment 4: "Ambulante hulp perspectief 1
 *                    45L14" for 45L11-45L13, 001:1539-1545); null: the product's own tariffs
 * @param onduidelijk optional: what the source leaves open about this pgb price
 */
public record PgbBekostiging(Eenheid eenheid, String tariefVan, Bron bron, String onduidelijk) {

    /** A pgb priced at the product's own tariffs. */
    public PgbBekostiging(Eenheid eenheid, Bron bron) {
        this(eenheid, null, bron, null);
    }
}
