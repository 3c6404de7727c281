package nl.indiceer.termijn;

import java.time.LocalDate;
import java.util.Objects;
import nl.indiceer.regeling.Bron;

/**
 * One deadline: what, by when, about which allocation, and the rule it rests on (null when it is the allocation's own
 * end date).
 *
 * @param datum the last day
 */
public record Termijn(Termijnsoort soort, LocalDate datum, String toewijzing, String product, String aanbieder, Bron bron) {

    public Termijn {
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(toewijzing, "toewijzing");
    }

    /** The day is past: the deadline was missed (or, for an end date, the allocation has ended). */
    public boolean verlopen(LocalDate vandaag) {
        return datum.isBefore(vandaag);
    }
}
