package nl.indiceer.declaratie;

import java.util.Objects;

/**
 * The volume of an allocation: a whole number (LDT_Volume) of a unit, per a frequency.
 *
 * @param volume at least 0
 */
public record Omvang(long volume, Eenheid eenheid, Frequentie frequentie) {

    public Omvang {
        Objects.requireNonNull(eenheid, "eenheid");
        Objects.requireNonNull(frequentie, "frequentie");
        if (volume < 0) {
            throw new IllegalArgumentException("volume mag niet negatief zijn: " + volume);
        }
    }
}
