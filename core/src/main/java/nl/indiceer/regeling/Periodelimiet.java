package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * A maximum per period of a number of months, for one product or several together, e.g. "at most 16 etmalen
 * logeren in 8 months" over 44A90 and 44A92 (001:6181) or "at most 6 consults per year" (004:2782-2786). The
 * periods are counted from a request line's begindatum (the first N months of its validity, the next N, ...);
 * every request line and running allocation of these products counts in each period it overlaps.
 *
 * @param producten product codes (groups are expanded when read), counted together
 * @param eenheid   the unit counted; null when {@code consulten} is true
 * @param consulten true when the maximum counts consults (posten marked {@code consult}), not a volume
 * @param maanden   the length of one period in months
 * @param aard      guideline or rule ({@link Aard}): exceeding a guideline only needs a motivation (WAARSCHUWING)
 */
public record Periodelimiet(List<String> producten, BigDecimal maximaal, Eenheid eenheid, boolean consulten,
                            int maanden, Aard aard, Bron bron, String onduidelijk) {

    public Periodelimiet {
        producten = Onveranderlijk.lijst(producten);
    }

    /** True when exceeding it only needs a motivation (WAARSCHUWING). */
    public boolean richtlijn() {
        return aard.richtlijn();
    }

    /** True when a line of this product counts for this limit. */
    public boolean telt(String product) {
        return producten.contains(product);
    }
}
