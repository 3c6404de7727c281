package nl.indiceer.berichten;

import java.time.LocalDate;

/** CDT_Geboortedatum: the date and, optionally, which part of it is known (COD170). */
public record Geboortedatum(LocalDate datum, String datumGebruik) {

    public static Geboortedatum van(LocalDate datum) {
        return new Geboortedatum(datum, null);
    }
}
