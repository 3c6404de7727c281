package nl.indiceer.berichten;

import java.time.LocalDate;

/** A product a provider asks for beside its running allocations in a 317. */
public record NieuwProduct(Product product, LocalDate gewensteIngangsdatum, LocalDate einddatum, Omvang omvang,
                           Long budget) {
}
