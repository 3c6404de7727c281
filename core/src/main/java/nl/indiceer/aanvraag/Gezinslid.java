package nl.indiceer.aanvraag;

import java.time.LocalDate;

/** A child of the family directly involved in a family product (gezinsproduct). */
public record Gezinslid(String naam, LocalDate geboortedatum) {
}
