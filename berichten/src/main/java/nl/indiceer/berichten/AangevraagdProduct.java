package nl.indiceer.berichten;

import java.time.LocalDate;

/** One product a provider asks to be allocated in a 315. @param raamcontract COD260: 1 ja, 2 nee */
public record AangevraagdProduct(String referentieAanbieder, Long beschikkingNummer, Product product,
                                 LocalDate beschikkingIngangsdatum, LocalDate toewijzingIngangsdatum,
                                 LocalDate toewijzingEinddatum, Omvang omvang, Long budget, Verwijzer verwijzer,
                                 String raamcontract, String commentaar) {
}
