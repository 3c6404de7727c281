package nl.indiceer.berichten;

import java.time.LocalDate;

/**
 * An address of the client or a relation with how to reach them (the 301's Contact).
 *
 * @param soort       COD757: 01 BRP-adres, 02 correspondentie-adres, 03 verblijfadres, 04 tijdelijk verblijfadres
 * @param telefoon01  with {@code telefoon02} the CDT_Telefoonnummers; null when there is none
 * @param periode     CDT_OpenPeriode of a temporary address; null when there is none
 */
public record Contact(String soort, Adres adres, String organisatie, Telefoon telefoon01, Telefoon telefoon02,
                      String emailadres, Periode periode) {

    /** A begin and/or end date. */
    public record Periode(LocalDate begindatum, LocalDate einddatum) {
    }
}
