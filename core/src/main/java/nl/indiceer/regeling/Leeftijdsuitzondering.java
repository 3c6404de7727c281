package nl.indiceer.regeling;

import java.util.List;

/**
 * An exception to an age limit, as the source states it: a lower start age ({@code vanaf}: schoolvervangende
 * dagbesteding 15, by exception 12), a higher end age ({@code tot}: verlengde jeugdhulp up to 23) or some months
 * past the {@code tot} birthday ({@code maandenNaTot}: ZWT up to 3 months past 18 when it is then finished).
 * Exactly one of the three is set.
 *
 * @param eenVan facts (declared under {@code combinaties.feiten}) of which at least one must be true; empty: the
 *               source names no condition, the exception asks for a motivation
 */
public record Leeftijdsuitzondering(Integer vanaf, Integer tot, Integer maandenNaTot, List<String> eenVan, Bron bron,
                                    String onduidelijk) {

    public Leeftijdsuitzondering {
        eenVan = List.copyOf(eenVan);
    }
}
