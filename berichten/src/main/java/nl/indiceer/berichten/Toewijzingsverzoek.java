package nl.indiceer.berichten;

import java.util.List;
import java.util.Objects;

/**
 * The 315: a provider asks the municipality for an allocation (verzoek om toewijzing).
 *
 * @param gezagsdragerBekend Jeugdwet only (COD260); always null in a WMO315
 */
public record Toewijzingsverzoek(Header header, Clientkern client, String gezagsdragerBekend, String commentaar,
                                 List<AangevraagdProduct> producten) implements Bericht {

    public Toewijzingsverzoek {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(client, "client");
        producten = List.copyOf(producten);
    }
}
