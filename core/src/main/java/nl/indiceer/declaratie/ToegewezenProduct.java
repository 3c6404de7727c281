package nl.indiceer.declaratie;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An allocation as the check needs it (the ToegewezenProduct of a 301, with what the municipality knows besides it).
 *
 * @param toewijzingNummer the key a prestatie refers to
 * @param client           the client's BSN (or another stable id), for TR304 and the no-show count per client
 * @param productcategorie JZ020/WMO020, e.g. "45" or Wmo "01" (huishoudelijke hulp)
 * @param productcode      null when the allocation is for the whole category (then any code of it may be declared)
 * @param aanbieder        the provider's AGB code
 * @param einddatum        null: open-ended
 * @param omvang           null: no volume allocated (TR321/TR322 then do not apply)
 * @param tarief           the contractual tariff, or null when unknown (then the prestatie's ProductTarief is used)
 */
public record ToegewezenProduct(String toewijzingNummer, String client, Wet wet, String productcategorie,
                                String productcode, String aanbieder, LocalDate ingangsdatum, LocalDate einddatum,
                                Omvang omvang, Uitvoeringsvariant variant, Producttarief tarief) {

    public ToegewezenProduct {
        Objects.requireNonNull(toewijzingNummer, "toewijzingNummer");
        Objects.requireNonNull(wet, "wet");
        Objects.requireNonNull(productcategorie, "productcategorie");
        Objects.requireNonNull(ingangsdatum, "ingangsdatum");
        Objects.requireNonNull(variant, "variant");
        if (einddatum != null && einddatum.isBefore(ingangsdatum)) {
            throw new IllegalArgumentException("einddatum " + einddatum + " ligt voor ingangsdatum " + ingangsdatum);
        }
    }
}
