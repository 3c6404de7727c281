package nl.indiceer.berichten;

import java.util.List;
import java.util.Objects;

/**
 * The 301: the municipality tells one provider, for one client, the full current set of that provider's allocations
 * (OP087).
 */
public record Toewijzingsbericht(Header header, Client client, List<ToegewezenProduct> producten) implements Bericht {

    public Toewijzingsbericht {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(client, "client");
        producten = List.copyOf(producten);
    }

    /**
     * The client as the 301 names them: everything a provider needs to start.
     *
     * @param juridischeStatus             WJ232, Jeugdwet only in practice
     * @param wettelijkeVertegenwoordiging WJ003
     * @param contactgegevens              at least one
     */
    public record Client(String bsn, Geboortedatum geboortedatum, String geslacht, Naam naam, Communicatie communicatie,
                         String juridischeStatus, String wettelijkeVertegenwoordiging, String commentaar,
                         List<Relatie> relaties, List<Contact> contactgegevens) {

        public Client {
            Objects.requireNonNull(bsn, "bsn");
            relaties = List.copyOf(relaties);
            contactgegevens = List.copyOf(contactgegevens);
        }
    }
}
