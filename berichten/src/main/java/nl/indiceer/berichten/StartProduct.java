package nl.indiceer.berichten;

import java.time.LocalDate;

/** One started allocation in a 305. @param statusAanlevering COD467: 1 eerste, 2 gewijzigde, 3 verwijderen aanlevering */
public record StartProduct(Long toewijzingNummer, Product product, LocalDate toewijzingIngangsdatum, LocalDate begindatum,
                           String statusAanlevering) {
}
