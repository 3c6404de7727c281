package nl.indiceer.normenkader;

import java.math.BigDecimal;
import nl.indiceer.volume.Getal;

/**
 * An allowed frequency of a task whose norm time is per occurrence: exactly {@code keer} times per
 * period, or any whole number from 1 up to {@code maximaal} per period.
 */
public record Frequentie(BigDecimal keer, BigDecimal maximaal, Normperiode per) {

    public boolean staatToe(BigDecimal gevraagd, Normperiode periode) {
        if (periode != per) {
            return false;
        }
        if (keer != null) {
            return keer.compareTo(gevraagd) == 0;
        }
        return gevraagd.signum() > 0 && gevraagd.stripTrailingZeros().scale() <= 0 && gevraagd.compareTo(maximaal) <= 0;
    }

    /** "2 keer per week", "1 tot en met 5 keer per week". */
    public String tekst() {
        return keer != null ? Getal.nl(keer) + " keer " + per.omschrijving()
                : "1 tot en met " + Getal.nl(maximaal) + " keer " + per.omschrijving();
    }
}
