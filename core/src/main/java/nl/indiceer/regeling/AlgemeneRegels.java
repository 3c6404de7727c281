package nl.indiceer.regeling;

import java.util.List;

/**
 * The region's rules for every product: messages on the chosen period, verlenging, terugval, and the default provider type.
 *
 * @param verlenging optional: a product's own rule overrides it
 * @param terugval   optional: help needed again soon after it ended
 * @param gedeeld    limits that count over time or over several products together
 * @param verwijzing what the referral route decides (who may deploy what, GI maatregel, medical referral term)
 * @param tijdsverloop changes over time (verlengde jeugdhulp)
 * @param hulptabellen tables a consultant picks posten from (Achterhoek's contacts per week, dagdelen per day)
 */
public record AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                             List<StandaardAanbiedertype> standaardAanbiedertypen, GedeeldeRegels gedeeld,
                             Verwijsregels verwijzing, Tijdsverloop tijdsverloop, List<Hulptabel> hulptabellen) {

    public AlgemeneRegels {
        hulptabellen = hulptabellen == null ? List.of() : List.copyOf(hulptabellen);
        periodevoorwaarden = List.copyOf(periodevoorwaarden);
        standaardAanbiedertypen = List.copyOf(standaardAanbiedertypen);
        gedeeld = gedeeld == null ? GedeeldeRegels.GEEN : gedeeld;
        verwijzing = verwijzing == null ? Verwijsregels.GEEN : verwijzing;
        tijdsverloop = tijdsverloop == null ? Tijdsverloop.GEEN : tijdsverloop;
    }

    /** Without helper tables. */
    public AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                          List<StandaardAanbiedertype> standaardAanbiedertypen, GedeeldeRegels gedeeld,
                          Verwijsregels verwijzing, Tijdsverloop tijdsverloop) {
        this(periodevoorwaarden, verlenging, terugval, standaardAanbiedertypen, gedeeld, verwijzing, tijdsverloop, List.of());
    }

    /** Without rules about changes over time. */
    public AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                          List<StandaardAanbiedertype> standaardAanbiedertypen, GedeeldeRegels gedeeld,
                          Verwijsregels verwijzing) {
        this(periodevoorwaarden, verlenging, terugval, standaardAanbiedertypen, gedeeld, verwijzing, Tijdsverloop.GEEN);
    }

    /** Without rules about the referral route. */
    public AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                          List<StandaardAanbiedertype> standaardAanbiedertypen, GedeeldeRegels gedeeld) {
        this(periodevoorwaarden, verlenging, terugval, standaardAanbiedertypen, gedeeld, Verwijsregels.GEEN);
    }

    /** Without limits over time or over several products. */
    public AlgemeneRegels(List<Periodevoorwaarde> periodevoorwaarden, Verlenging verlenging, Terugval terugval,
                          List<StandaardAanbiedertype> standaardAanbiedertypen) {
        this(periodevoorwaarden, verlenging, terugval, standaardAanbiedertypen, GedeeldeRegels.GEEN);
    }
}
