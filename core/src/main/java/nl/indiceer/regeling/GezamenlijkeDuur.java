package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * The longest time several products may take together, from the first begindatum to the last einddatum of
 * their lines and running allocations, e.g. dyslexie diagnostiek plus behandeling (001:11124-11135).
 *
 * @param totInzet true when the time is measured to the last day of help itself (a line's {@code inzet_tot}),
 *                 not to the end of the validity (which may hold an evaluation afterwards)
 */
public record GezamenlijkeDuur(List<String> producten, BigDecimal maximaalMaanden, boolean totInzet, Bron bron,
                               String onduidelijk, Aard aard) {

    public GezamenlijkeDuur {
        producten = Onveranderlijk.lijst(producten);
    }

    public boolean telt(String product) {
        return producten.contains(product);
    }

    /** True when the source calls it a guideline: exceeding it is a WAARSCHUWING that asks for a motivation. */
    public boolean richtlijn() {
        return aard.richtlijn();
    }
}
