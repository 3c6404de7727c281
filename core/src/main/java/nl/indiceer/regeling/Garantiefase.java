package nl.indiceer.regeling;

import java.util.List;

/**
 * Noord-Limburg's garantiefase (001:1837-1894, 2688-2694): within {@code maanden} after an allocation ended, the same
 * provider takes the client back into the same traject for the same question, without a new indication and without
 * new money. Every new request line is checked against allocations that ended that recently at the same provider in
 * the same segment.
 *
 * @param feit the declared fact "same question, no changed facts or circumstances" that decides it
 */
public record Garantiefase(int maanden, String feit, List<Segment> segmenten, Bron bron, String onduidelijk) {

    public Garantiefase {
        segmenten = List.copyOf(segmenten);
    }

    /** A segment of products (001:1944-1990), as the backoffice compares them. */
    public record Segment(String naam, List<String> producten, Bron bron) {

        public Segment {
            producten = List.copyOf(producten);
        }
    }

    /** The segment of a product code, or null. */
    public Segment segment(String product) {
        for (Segment s : segmenten) {
            if (s.producten().contains(product)) {
                return s;
            }
        }
        return null;
    }
}
