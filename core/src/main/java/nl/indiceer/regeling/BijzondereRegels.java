package nl.indiceer.regeling;

import java.util.List;

/**
 * The product's special rules: which municipalities buy it, its own verlenging rule, family product, and conditions.
 *
 * @param gemeenten   municipalities that buy it; empty means all municipalities of the region
 * @param verlenging  optional: overrides the regeling-level rule
 * @param voorwaarden conditions the tool cannot check, shown as INFO
 */
public record BijzondereRegels(List<String> gemeenten, Verlenging verlenging, Gezinsproduct gezinsproduct,
                               List<Voorwaarde> voorwaarden) {

    public BijzondereRegels {
        gemeenten = Onveranderlijk.lijst(gemeenten);
        voorwaarden = Onveranderlijk.lijst(voorwaarden);
    }
}
