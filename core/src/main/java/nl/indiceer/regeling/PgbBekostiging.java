package nl.indiceer.regeling;

/**
 * A traject product that a pgb pays per unit instead: "Een PGB wordt gefinancierd op basis van PxQ,
 * oftewel op basis van uur- of dag(deel)tarieven" (Noord-Limburg, 001:1432-1437).
 */
public record PgbBekostiging(Eenheid eenheid, Bron bron) {
}
