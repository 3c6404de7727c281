package nl.indiceer.aanvraag;

import java.time.LocalDate;

/** The client (jeugdige or inwoner). Only what the rules need: the date of birth. */
public record Client(String naam, LocalDate geboortedatum) {
}
