package nl.indiceer.web.sturing;

import java.math.BigDecimal;

/**
 * One cell of a report as it may be shown: a key (month, product code, provider, law), its name, the committed cost
 * and the number of clients behind it, or neither when it is suppressed (fewer than {@link Kleinecellen#MINIMUM}
 * clients, or suppressed as well so that it cannot be worked out from the total).
 *
 * @param sleutel      null for "no provider named"
 * @param bedrag       null when suppressed
 * @param clienten     null when suppressed
 * @param zonderTarief lines without a known tariff that add nothing to the amount (0 when suppressed)
 */
public record Cel(String sleutel, String naam, BigDecimal bedrag, Integer clienten, boolean onderdrukt, int zonderTarief) {
}
