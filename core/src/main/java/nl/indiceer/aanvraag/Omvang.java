package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * The volume of a running allocation as it was granted, e.g. 3 000 minuten in totaal: needed to extend or split it.
 */
public record Omvang(BigDecimal volume, Eenheid eenheid, Periode periode) {
}
