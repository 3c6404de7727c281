package nl.indiceer.aanvraag;

import java.time.LocalDate;

/** From when to when an allocation is valid, both dates inclusive: the period its volume and checks apply to. */
public record Looptijd(LocalDate begindatum, LocalDate einddatum) {
}
