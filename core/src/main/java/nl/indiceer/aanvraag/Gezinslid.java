package nl.indiceer.aanvraag;

import java.time.LocalDate;

/**
 * A child of the family directly involved in a family product (gezinsproduct).
 *
 * @param clientId optional: the child's own client record in the application (same municipality), which gives the BSN,
 *                 name and address its own 301 needs; null when the child is not linked
 */
public record Gezinslid(String naam, LocalDate geboortedatum, Long clientId) {

    public Gezinslid(String naam, LocalDate geboortedatum) {
        this(naam, geboortedatum, null);
    }
}
