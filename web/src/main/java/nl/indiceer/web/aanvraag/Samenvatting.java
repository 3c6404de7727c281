package nl.indiceer.web.aanvraag;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.toetsing.Bevinding;

/**
 * What a list shows of a result without loading it.
 *
 * @param berekend           false for a draft the engine refused (then the other fields are null)
 * @param kostenTotaalCent   the total cost over the whole validity of all lines, in eurocents; null when a line's
 *                           cost is unknown (a partial sum would look like the whole)
 * @param aantalFout         the number of FOUT findings (a FOUT blocks the decision)
 * @param aantalWaarschuwing the number of WAARSCHUWING findings
 */
@io.swagger.v3.oas.annotations.media.Schema(name = "AanvraagSamenvatting")
public record Samenvatting(boolean berekend, Long kostenTotaalCent, Integer aantalFout, Integer aantalWaarschuwing) {

    public static final Samenvatting NIET_BEREKEND = new Samenvatting(false, null, null, null);

    public static Samenvatting van(Uitkomst u) {
        BigDecimal totaal = BigDecimal.ZERO;
        for (Regeluitkomst r : u.regels()) {
            BigDecimal regel = r.kosten() == null ? null : r.kosten().totaal();
            if (regel == null) {
                totaal = null;
                break;
            }
            totaal = totaal.add(regel);
        }
        int fout = 0;
        int waarschuwing = 0;
        for (Bevinding b : u.alleBevindingen()) {
            fout += b.ernst() == Ernst.FOUT ? 1 : 0;
            waarschuwing += b.ernst() == Ernst.WAARSCHUWING ? 1 : 0;
        }
        Long cent = totaal == null ? null : totaal.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        return new Samenvatting(true, cent, fout, waarschuwing);
    }
}
