package nl.indiceer.regeling;

import java.math.BigDecimal;

/**
 * How far the end date of an allocation may be moved without extra volume.
 * Flevoland: once, at most 50% of the original period and at most 6 months (002:383-404).
 * {@code toegestaan == false} means no extension at all (Ridderkerk Vaktherapie, 004:894-898).
 *
 * @param viaVerzoekOmWijziging optional: the provider may ask this extension itself with a verzoek om wijziging (317);
 *                              null when the region's sources do not say so
 */
public record Verlenging(boolean toegestaan, Integer maximaalAantal, BigDecimal maximaalFractie,
                         BigDecimal maximaalMaanden, Bron bron, String onduidelijk,
                         VerlengingViaVerzoek viaVerzoekOmWijziging) {

    /** Without the route through a verzoek om wijziging. */
    public Verlenging(boolean toegestaan, Integer maximaalAantal, BigDecimal maximaalFractie, BigDecimal maximaalMaanden,
                      Bron bron, String onduidelijk) {
        this(toegestaan, maximaalAantal, maximaalFractie, maximaalMaanden, bron, onduidelijk, null);
    }
}
