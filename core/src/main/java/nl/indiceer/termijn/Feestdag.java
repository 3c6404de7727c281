package nl.indiceer.termijn;

import java.time.LocalDate;
import java.util.Objects;

/** A day the Algemene termijnenwet (art. 3) treats like a Sunday, with its Dutch name. */
public record Feestdag(LocalDate datum, String naam) {

    public Feestdag {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(naam, "naam");
    }
}
