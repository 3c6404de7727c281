package nl.indiceer.regeling;

import java.util.List;

/**
 * Each of {@code producten} may only be granted together with at least one of {@code met}.
 *
 * @param tenzij     optional: a declared fact ({@link Feit}) that, stated true, meets the requirement instead
 *                   (care that is no product of the rulebook, such as nursing under the Zvw)
 * @param inAanvraag the companion must be a line of the same request (one decision, 004:2949-2955); a running
 *                   allocation alone gives a warning
 * @param bijStart   the companion must run at least on the first day (001:6159); later gaps are a warning
 */
public record Vereiste(List<String> producten, List<String> met, Bron bron, String onduidelijk, String tenzij,
                       boolean inAanvraag, boolean bijStart) {

    public Vereiste {
        producten = Onveranderlijk.lijst(producten);
        met = Onveranderlijk.lijst(met);
    }
}
