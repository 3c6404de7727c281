package nl.indiceer.declaratie;

import java.util.Objects;

/**
 * The contractual tariff of an allocated product: eurocents per unit. An hour tariff may be declared in minutes
 * (IV081): then the amount is hour tariff x minutes / 60, rounded to cents (TR346).
 */
public record Producttarief(long eurocenten, Eenheid eenheid) {

    public Producttarief {
        Objects.requireNonNull(eenheid, "eenheid");
        if (eurocenten < 0) {
            throw new IllegalArgumentException("tarief mag niet negatief zijn: " + eurocenten);
        }
    }
}
