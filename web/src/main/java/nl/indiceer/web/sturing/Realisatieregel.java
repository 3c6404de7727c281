package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One approved prestatie of an answered declaration, as the steering reports count it: the month it lies in (a
 * prestatie lies within one calendar month, OP367, so its begin date names the month) and its amount in euro, negative
 * for a credit (a credit takes back what an earlier debit declared).
 *
 * @param toewijzing the allocation (timeline id) its ToewijzingNummer was sent for; null when the number is not one
 *                   this municipality sent (then the prestatie counts with its own product, provider and law)
 * @param product    the declared product code, else the product category
 * @param aanbieder  the sender of the 323 (AGB code)
 * @param wet        {@code jeugdwet} (JW323) or {@code wmo} (WMO323)
 */
public record Realisatieregel(long clientId, String toewijzing, String product, String aanbieder, String wet,
                              YearMonth maand, BigDecimal bedrag) {

    public Realisatieregel {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(maand, "maand");
        Objects.requireNonNull(bedrag, "bedrag");
    }
}
