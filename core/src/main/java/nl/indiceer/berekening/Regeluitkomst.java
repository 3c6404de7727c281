package nl.indiceer.berekening;

import java.time.LocalDate;
import java.util.List;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * The result for one request line: volume (per period and over the validity), cost, the rekensom and
 * the findings.
 *
 * @param volume null for a traject or plek (allocated as an amount) or when nothing could be computed
 * @param rekensom how the volume was computed, as steps; {@code RekensomTekst.zin} writes the sentence
 */
public record Regeluitkomst(int index, String productcode, String productnaam, String variant,
                            Financiering financiering, LocalDate begindatum, LocalDate einddatum, Periode periode,
                            Bekostiging bekostiging, Geldigheidsduur duur, Toewijzingsvolume volume, Rekensom rekensom,
                            Kosten kosten, List<Toewijzing> toewijzingen, List<Bevinding> bevindingen) {
}
