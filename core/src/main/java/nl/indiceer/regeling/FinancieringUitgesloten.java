package nl.indiceer.regeling;

/** A financing form the source explicitly excludes for a product (e.g. no pgb informeel for Vaktherapie). */
public record FinancieringUitgesloten(Financiering vorm, Bron bron) {
}
