package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;

/**
 * An allocation the client already has (running, or recently ended for the relapse rule).
 *
 * @param id     the request's own reference, used by lines that extend or split it
 * @param volume optional: the allocated volume, needed to split it or extend it
 * @param verlengd how often its end date was already moved
 */
public record LopendeToewijzing(String id, String product, String aanbieder, LocalDate begindatum,
                                LocalDate einddatum, Financiering financiering, BigDecimal volume,
                                Eenheid eenheid, Periode periode, int verlengd) {

    public boolean overlapt(LocalDate begin, LocalDate eind) {
        return !begindatum.isAfter(eind) && !einddatum.isBefore(begin);
    }
}
