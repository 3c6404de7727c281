package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;

/**
 * One product the consultant wants to grant, with the volume built up from posten.
 *
 * @param eenheid            optional allocation unit (minuut or uur); null lets the engine choose
 * @param gemiddeldPerWeekMinuten optional: the consultant's average week volume (basis of a month indication)
 * @param hardheidsclausule  optional: motivation of an agreed exception to a forbidden combination
 * @param verlengt           optional: id of the running allocation whose end date this line moves
 * @param overgangVan        optional: id of the running allocation whose volume this line takes over in part
 * @param terugvalNa         optional: id of the ended allocation after which help is resumed
 */
public record Productregel(String product, String variant, String aanbieder, String aanbiedertype,
                           Financiering financiering, LocalDate begindatum, LocalDate einddatum, Periode periode,
                           Eenheid eenheid, String motivering, BigDecimal gemiddeldPerWeekMinuten,
                           String hardheidsclausule, String verlengt, String overgangVan, String terugvalNa,
                           List<Gezinslid> gezin, List<Post> posten) {

    /** A motivation of only spaces, zero-width or other invisible characters is no motivation. */
    public boolean heeftMotivering() {
        return VeiligeTekst.heeftInhoud(motivering);
    }
}
