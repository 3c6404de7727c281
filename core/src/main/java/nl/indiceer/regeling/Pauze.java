package nl.indiceer.regeling;

import java.util.List;

/**
 * While one of {@code producten} runs, all other help is paused, and resumes afterwards under its earlier
 * allocation (001:4304-4306: crisis).
 */
public record Pauze(List<String> producten, Bron bron, String onduidelijk) {

    public Pauze {
        producten = Onveranderlijk.lijst(producten);
    }
}
