package nl.indiceer.regeling;

import java.util.List;

/**
 * The region's rules for every product: messages on the chosen period, verlenging, terugval, and the default provider type.
 *
 * @param verlenging optional: a product's own rule overrides it
 * @param terugval   optional: help needed again soon after it ended
 * @param gedeeld    limits that count over time or over several products together
 */
public record AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                             List<StandaardAanbiedertype> standaardAanbiedertypen, GedeeldeRegels gedeeld) {

    public AlgemeneRegels {
        periodevoorwaarden = List.copyOf(periodevoorwaarden);
        standaardAanbiedertypen = List.copyOf(standaardAanbiedertypen);
        gedeeld = gedeeld == null ? GedeeldeRegels.GEEN : gedeeld;
    }

    /** Without limits over time or over several products. */
    public AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                          List<StandaardAanbiedertype> standaardAanbiedertypen) {
        this(periodevoorwaarden, verlenging, terugval, standaardAanbiedertypen, GedeeldeRegels.GEEN);
    }
}
