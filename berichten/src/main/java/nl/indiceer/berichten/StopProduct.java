package nl.indiceer.berichten;

import java.time.LocalDate;

/** One stopped allocation in a 307. @param redenBeeindiging JZ588 / WMO588 */
public record StopProduct(Long toewijzingNummer, Product product, LocalDate toewijzingIngangsdatum, LocalDate begindatum,
                          String redenBeeindiging, LocalDate einddatum, String statusAanlevering) {
}
