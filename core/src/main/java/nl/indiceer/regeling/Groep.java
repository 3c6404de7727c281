package nl.indiceer.regeling;

import java.util.List;

/** A named group of product codes, e.g. an axis of the Noord-Limburg stapelingsmatrix. */
public record Groep(String naam, List<String> producten) {

    public Groep {
        producten = Onveranderlijk.lijst(producten);
    }
}
