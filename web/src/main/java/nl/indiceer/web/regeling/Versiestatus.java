package nl.indiceer.web.regeling;

import java.time.LocalDate;
import nl.indiceer.regeling.Regeling;

/** Where a rulebook version stands on a date: in force, not yet, or no longer. */
public enum Versiestatus {
    IN_WERKING, TOEKOMSTIG, VERVALLEN;

    public static Versiestatus op(Regeling versie, LocalDate datum) {
        if (versie.geldigOp(datum)) {
            return IN_WERKING;
        }
        return datum.isBefore(versie.geldigVanaf()) ? TOEKOMSTIG : VERVALLEN;
    }
}
