package nl.indiceer.regeling;

/**
 * Which provider type's tariff applies when the request does not say (Noord-Limburg: for a pgb the
 * micro tariff, unless the budgetplan shows the provider is regulier; 001:1457-1462).
 */
public record StandaardAanbiedertype(Financiering financiering, String aanbieder, Bron bron) {
}
