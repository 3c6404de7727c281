package nl.indiceer.regeling;

import java.util.List;

/** Each of {@code producten} may only be granted together with at least one of {@code met}. */
public record Vereiste(List<String> producten, List<String> met, Bron bron, String onduidelijk) {

    public Vereiste {
        producten = Onveranderlijk.lijst(producten);
        met = Onveranderlijk.lijst(met);
    }
}
