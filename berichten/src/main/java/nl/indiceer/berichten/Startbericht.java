package nl.indiceer.berichten;

import java.util.List;
import java.util.Objects;

/** The 305: the provider tells the municipality that care started. */
public record Startbericht(Header header, Clientkern client, List<StartProduct> producten) implements Bericht {

    public Startbericht {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(client, "client");
        producten = List.copyOf(producten);
    }
}
