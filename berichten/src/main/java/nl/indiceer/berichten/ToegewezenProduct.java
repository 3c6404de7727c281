package nl.indiceer.berichten;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One allocation in a 301. ToewijzingNummer is the municipality's number of the initial grant; a change keeps it and
 * says why in {@code redenWijziging} (JZ002 / WMO002; IV066).
 *
 * @param toewijzingsdatum the moment the municipality decided the allocation (with {@code toewijzingstijd})
 * @param einddatum        inclusive; required with frequentie per week (CD076)
 * @param budget           in euros, instead of an Omvang (CD077, CD078); null when none
 */
public record ToegewezenProduct(long toewijzingNummer, String referentieAanbieder, Product product,
                                LocalDate toewijzingsdatum, LocalTime toewijzingstijd, LocalDate ingangsdatum,
                                LocalDate einddatum, String redenWijziging, Omvang omvang, Long budget,
                                String commentaar) {

    /** JZ002 04: herbeoordeling verlenging toewijzing. */
    public static final String VERLENGING = "04";
    /** JZ002 05: herbeoordeling verkorting toewijzing (also another volume: the old allocation ends, IV066). */
    public static final String VERKORTING = "05";
    /** JZ002 13: verwijderd; only with einddatum = ingangsdatum (CS335). */
    public static final String VERWIJDERD = "13";
    /** JZ002 01: vervallen, not to be used any more (CS336). */
    public static final String VERVALLEN = "01";
}
