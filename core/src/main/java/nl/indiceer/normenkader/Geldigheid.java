package nl.indiceer.normenkader;

import java.time.LocalDate;

/**
 * When a normenkader version is in force: from {@code vanaf} up to and including {@code tot}.
 *
 * @param tot null: open-ended
 */
public record Geldigheid(LocalDate vanaf, LocalDate tot) {

    public boolean geldigOp(LocalDate datum) {
        return !datum.isBefore(vanaf) && (tot == null || !datum.isAfter(tot));
    }
}
