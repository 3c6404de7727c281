package nl.indiceer.web.declaratie;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A received 323 as stored (table {@code declaratie}, V22), without its bytes. The header fields are null for a
 * message that could not be read ({@link Declaratiestatus#AFGEKEURD}: {@code reden} and {@code regel} say why).
 *
 * @param goedgekeurdBedrag approved debits minus approved credits, in eurocents
 */
public record Declaratie(long id, String gemeentecode, String soort, String afzender, String identificatie,
                         LocalDate dagtekening, String basisschemaVersie, String berichtVersie, String declaratienummer,
                         LocalDate periodeBegin, LocalDate periodeEind, LocalDate declaratieDagtekening, Long totaalBedrag,
                         String debetCredit, String bestand, Declaratiestatus status, String reden, Integer regel,
                         Integer prestaties, Integer afgekeurd, Long ingediendBedrag, Long goedgekeurdBedrag,
                         OffsetDateTime ontvangen, String ontvangenDoor, LocalDate antwoordtermijn,
                         OffsetDateTime beantwoord, String beantwoordDoor) {

    /** The number of approved prestaties; null for a rejected message. */
    public Integer goedgekeurd() {
        return prestaties == null || afgekeurd == null ? null : prestaties - afgekeurd;
    }
}
