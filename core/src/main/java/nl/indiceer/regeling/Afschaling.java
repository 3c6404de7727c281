package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * Scaling down from one of {@code van} to a lighter one of {@code naar}: both run together for at least
 * {@code minimaalMaanden} and at most {@code maximaalMaanden} (004:636-640: 3 to 6 months).
 */
public record Afschaling(List<String> van, List<String> naar, BigDecimal minimaalMaanden, BigDecimal maximaalMaanden,
                         Bron bron, String onduidelijk) {

    public Afschaling {
        van = Onveranderlijk.lijst(van);
        naar = Onveranderlijk.lijst(naar);
    }
}
