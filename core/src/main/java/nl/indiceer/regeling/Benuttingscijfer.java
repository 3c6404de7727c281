package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's own statement of how much of an indication is used on average (rulebook key {@code benutting},
 * docs/regeling-formaat.md): a share between 0 and 1, or a range when the source gives one ({@code laag} &lt;
 * {@code hoog}; a single figure has both equal). Kept as the source says it: {@code ingezet} of {@code geindiceerd}
 * (e.g. 2 350 of 5 000 minutes) when the source gives amounts rather than a share.
 *
 * @param omschrijving what the source says the figure is about, in its own words
 * @param producten    the product codes of this version the figure is linked to; empty: linked to none (the source
 *                     names care this version has no product for; then {@code onduidelijk} says why)
 * @param ingezet      with {@code geindiceerd}: the amounts the share is computed from, else null
 */
public record Benuttingscijfer(String omschrijving, List<String> producten, BigDecimal laag, BigDecimal hoog,
                               BigDecimal ingezet, BigDecimal geindiceerd, Bron bron, String onduidelijk) {

    public Benuttingscijfer {
        producten = List.copyOf(producten);
    }

    public boolean isBereik() {
        return laag.compareTo(hoog) != 0;
    }

    /**
     * The figure a forecast multiplies with: the upper end of a range, because a forecast that comes out too low is the
     * costlier mistake for a budget (an overrun is found late); the source does not say which figure to take, so the
     * rulebook marks it {@code onduidelijk} and the forecast names the figure it took.
     */
    public BigDecimal voorPrognose() {
        return hoog;
    }
}
