package nl.indiceer.declaratie;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A consecutive period in which the client was absent for a share of the agreed appointments (Ridderkerk: more than
 * 50%). A fact a 323 does not carry.
 *
 * @param aandeelAfwezig 0 to 1
 */
public record Afwezigheidsperiode(LocalDate vanaf, LocalDate totEnMet, BigDecimal aandeelAfwezig) {

    public Afwezigheidsperiode {
        Objects.requireNonNull(vanaf, "vanaf");
        Objects.requireNonNull(totEnMet, "totEnMet");
        if (totEnMet.isBefore(vanaf) || aandeelAfwezig.signum() < 0 || aandeelAfwezig.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("afwezigheidsperiode: tot na vanaf en een aandeel van 0 tot 1");
        }
    }

    boolean bevat(LocalDate datum) {
        return !datum.isBefore(vanaf) && !datum.isAfter(totEnMet);
    }
}
