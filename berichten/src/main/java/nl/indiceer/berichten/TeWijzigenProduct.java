package nl.indiceer.berichten;

import java.time.LocalDate;

/** A running allocation a provider asks to change in a 317. */
public record TeWijzigenProduct(long toewijzingNummer, LocalDate gewensteIngangsdatum, LocalDate einddatum,
                                Omvang omvang, Long budget) {
}
