package nl.indiceer.regeling;

import java.util.List;

/**
 * A region's own deadlines for the consultant's list ({@code termijnen} in the rulebook, docs/regeling-formaat.md):
 * what a region decides about when, so that no number of weeks or months lives in Java.
 *
 * @param noShowBesluit             optional: the municipality decides on continuing an allocation within a number of
 *                                  weeks after the provider reported the third no-show (Flevoland, 002:1776-1780)
 * @param evaluaties                evaluation moments of an allocation, per product (absent products: every product)
 * @param wijzigingsverzoekVooraf   how long before the change takes effect a provider's 317 should arrive, per product
 */
public record Termijnregels(NoShowBesluit noShowBesluit, List<Evaluatie> evaluaties,
                            List<WijzigingsverzoekVooraf> wijzigingsverzoekVooraf) {

    public static final Termijnregels GEEN = new Termijnregels(null, List.of(), List.of());

    public Termijnregels {
        evaluaties = List.copyOf(evaluaties);
        wijzigingsverzoekVooraf = List.copyOf(wijzigingsverzoekVooraf);
    }

    /** Decide within {@code weken} calendar weeks after the report of the third no-show. */
    public record NoShowBesluit(int weken, Bron bron, String onduidelijk) {
    }

    /** From which date of the allocation an evaluation moment is counted. */
    public enum Vanaf {
        BEGIN, EINDE
    }

    /**
     * An evaluation moment: {@code maanden} after the allocation's begin or end (the latest day it is due);
     * {@code vanafMaanden}, when the source gives a range, the earliest (null otherwise).
     */
    public record Evaluatie(List<String> producten, Vanaf vanaf, int maanden, Integer vanafMaanden, Bron bron,
                            String onduidelijk) {

        public Evaluatie {
            producten = List.copyOf(producten);
        }

        public boolean geldtVoor(String product) {
            return producten.isEmpty() || producten.contains(product);
        }
    }

    /**
     * A 317 should arrive at least {@code weken} calendar weeks or {@code werkdagen} working days (exactly one of the
     * two) before the change it asks for takes effect; {@code advies}: the source advises it (a late 317 is flagged,
     * never refused).
     */
    public record WijzigingsverzoekVooraf(List<String> producten, Integer weken, Integer werkdagen, boolean advies,
                                          Bron bron, String onduidelijk) {

        public WijzigingsverzoekVooraf {
            producten = List.copyOf(producten);
        }

        public boolean geldtVoor(String product) {
            return producten.isEmpty() || producten.contains(product);
        }
    }

    /** The evaluation rule for a product, or null. */
    public Evaluatie evaluatie(String product) {
        return evaluaties.stream().filter(e -> e.geldtVoor(product)).findFirst().orElse(null);
    }

    /** The 317 rule for a product, or null. */
    public WijzigingsverzoekVooraf wijzigingsverzoek(String product) {
        return wijzigingsverzoekVooraf.stream().filter(w -> w.geldtVoor(product)).findFirst().orElse(null);
    }
}
