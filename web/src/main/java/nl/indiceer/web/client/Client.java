package nl.indiceer.web.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A client of one municipality. {@code adres} is null while the address is not known. {@code toString} leaves out the
 * BSN, the name and the address, so a log line never holds them.
 */
public record Client(long id, String bsn, String naam, LocalDate geboortedatum, String gemeentecode,
                     OffsetDateTime aangemaakt, OffsetDateTime gewijzigd, int versie, Adres adres) {

    @Override
    public String toString() {
        return "Client[" + id + ", gemeente " + gemeentecode + "]";
    }
}
