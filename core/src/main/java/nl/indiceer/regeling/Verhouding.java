package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * At most {@code maximaal} units of some products per unit of other products in the same period, e.g. at most
 * 2 logeerdagdelen per logeeretmaal (001:6220-6230). The optional table gives the source's rounding (up to 26
 * hours: 1 etmaal; up to 30: etmaal + 1 dagdeel; up to 34: etmaal + 2 dagdelen); its last row is the maximum.
 *
 * @param producten the products that are limited (the dagdelen)
 * @param per       the products they go with (the etmalen)
 */
public record Verhouding(List<String> producten, List<String> per, BigDecimal maximaal, List<Afrondingsrij> omrekening,
                         Bron bron, String onduidelijk, Aard aard) {

    public Verhouding {
        producten = Onveranderlijk.lijst(producten);
        per = Onveranderlijk.lijst(per);
        omrekening = Onveranderlijk.lijst(omrekening);
    }

    /** One row of the rounding table: a stay of up to and including {@code totEnMetUren} hours needs {@code aantal} units besides one unit of {@code per}. */
    public record Afrondingsrij(BigDecimal totEnMetUren, BigDecimal aantal) {
    }

    /** True when the source calls it a guideline: exceeding it is a WAARSCHUWING that asks for a motivation. */
    public boolean richtlijn() {
        return aard.richtlijn();
    }
}
