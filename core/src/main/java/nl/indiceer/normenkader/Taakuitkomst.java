package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.normenkader.Taakinvoer.Afwijking;
import nl.indiceer.normenkader.Taakinvoer.Capaciteit;
import nl.indiceer.regeling.Bron;
import nl.indiceer.toetsing.Bevinding;

/**
 * The minutes of one task: exact and rounded up, per week and per month, with the rekensom, the factors
 * and capacity applied, the deviation with its motivation, the sources and the notes.
 *
 * @param perWeekExact  before rounding
 * @param minutenPerWeek rounded up to a whole minute (never down)
 * @param minutenPerMaand exact week × weeks per month, rounded up once
 * @param basis         "norm" or "referentie"
 * @param factoren      the applied factors as shown ("Beperkingen: enig extra inzet (+26 uur per jaar)")
 */
public record Taakuitkomst(int index, String code, String naam, String resultaatgebied, Normperiode ritme, String basis,
                           Breuk perWeekExact, Breuk perMaandExact, BigDecimal minutenPerWeek, BigDecimal minutenPerMaand,
                           String rekensom, List<String> factoren, List<Capaciteit> capaciteit, Afwijking afwijking,
                           String toelichting, List<Bron> bronnen, List<Bevinding> bevindingen) {
}
