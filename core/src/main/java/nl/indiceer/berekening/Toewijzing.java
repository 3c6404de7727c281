package nl.indiceer.berekening;

import java.math.BigDecimal;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * One allocation that follows from a line, per person: usually one for the client; for a family product
 * the minutes on the youngest involved child and a dummy (1 stuks, not declarable) for each other
 * involved child (002:551-563).
 */
public record Toewijzing(String ontvanger, String productcode, BigDecimal volume, Eenheid eenheid, Periode periode,
                         String toelichting) {
}
