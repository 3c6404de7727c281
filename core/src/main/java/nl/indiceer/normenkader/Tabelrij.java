package nl.indiceer.normenkader;

import java.math.BigDecimal;

/**
 * One row of a factor table (e.g. by household composition): for the answer {@code waarde}, either
 * extra time per period ({@code tijd} + {@code per}) or a multiplier ({@code vermenigvuldiging}).
 */
public record Tabelrij(String waarde, Tijd tijd, Normperiode per, BigDecimal vermenigvuldiging, String opmerking) {
}
