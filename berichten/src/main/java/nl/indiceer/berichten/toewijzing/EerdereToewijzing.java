package nl.indiceer.berichten.toewijzing;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A running allocation as it was sent before: its ToewijzingNummer and the moment it was decided. A 301 names every
 * current allocation of the provider (OP087), also the unchanged ones with their own Toewijzingsdatum and -tijd.
 */
public record EerdereToewijzing(long nummer, LocalDateTime moment) {

    public EerdereToewijzing {
        Objects.requireNonNull(moment, "moment");
    }
}
