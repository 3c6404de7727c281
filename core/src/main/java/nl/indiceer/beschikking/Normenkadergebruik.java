package nl.indiceer.beschikking;

import java.math.BigDecimal;
import java.util.Objects;
import nl.indiceer.regeling.Periode;

/**
 * The normenkader a line's volume rests on, with its edition and the result it gave.
 *
 * @param minuten the normenkader's result in minutes per {@code per}
 */
public record Normenkadergebruik(String normenkader, String editie, BigDecimal minuten, Periode per) {

    public Normenkadergebruik {
        Objects.requireNonNull(normenkader, "normenkader");
        Objects.requireNonNull(editie, "editie");
    }
}
