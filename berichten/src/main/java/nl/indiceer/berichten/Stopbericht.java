package nl.indiceer.berichten;

import java.util.List;
import java.util.Objects;

/** The 307: the provider tells the municipality that care stopped. */
public record Stopbericht(Header header, Clientkern client, List<StopProduct> producten) implements Bericht {

    public Stopbericht {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(client, "client");
        producten = List.copyOf(producten);
    }
}
