package nl.indiceer.aanvraag;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/**
 * How much the consultant asks for and how it is to be allocated: the build-up from posten, per week, per
 * month or in total.
 *
 * @param periode                 WEEK, MAAND or TOTAAL (within the validity)
 * @param eenheid                 optional allocation unit (minuut or uur); null lets the engine choose
 * @param gemiddeldPerWeekMinuten optional: the consultant's average week volume (basis of a month indication)
 * @param posten                  the build-up; empty for a product with a fixed volume or a follow-up that keeps one
 */
public record Volumeverzoek(Periode periode, Eenheid eenheid, BigDecimal gemiddeldPerWeekMinuten, List<Post> posten) {

    public Volumeverzoek {
        posten = List.copyOf(posten);
    }
}
