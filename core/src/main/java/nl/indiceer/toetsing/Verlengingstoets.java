package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Verlenging;
import nl.indiceer.volume.Geldigheidsduur;

/**
 * A line that moves the end date of a running allocation. Flevoland (002:383-404): once, at most 50% of
 * the original period later, at most 6 months, without extra minutes. 6 months → at most 3 months later;
 * 15 months → at most 6.
 */
public final class Verlengingstoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        if (!(c.regel().soort() instanceof Regelsoort.Verlengt verlengt)) {
            return List.of();
        }
        LopendeToewijzing oud = c.aanvraag().lopende(verlengt.toewijzing());
        Verlenging eigen = c.product().bijzondereRegels().verlenging();
        Verlenging v = eigen != null ? eigen : c.regeling().verlenging();
        if (v == null) {
            return List.of(Bevinding.van(Bevindingcode.VERLENGING_GEEN_REGEL, c.regeling().bron(), c.index()));
        }
        List<Bevinding> uit = new ArrayList<>(Onduidelijkheden.van(v.onduidelijk(), v.bron(), c.index()));
        if (!v.toegestaan()) {
            uit.add(Bevinding.van(Bevindingcode.VERLENGING_NIET_TOEGESTAAN, v.bron(), c.index(), "product", c.naam()));
            return uit;
        }
        if (v.maximaalAantal() != null && oud.verlengd() >= v.maximaalAantal()) {
            uit.add(Bevinding.van(Bevindingcode.VERLENGING_AANTAL_OVERSCHREDEN, v.bron(), c.index(),
                    "maximaal", v.maximaalAantal(), "verlengd", oud.verlengd()));
        }
        if (!c.regel().posten().isEmpty()) {
            uit.add(Bevinding.van(Bevindingcode.VERLENGING_MET_VOLUME, v.bron(), c.index()));
        }
        BigDecimal oorspronkelijk = Geldigheidsduur.maanden(oud.begindatum(), oud.einddatum());
        BigDecimal maximum = null;
        BigDecimal fractiemaanden = null;
        if (v.maximaalFractie() != null) {
            fractiemaanden = oorspronkelijk.multiply(v.maximaalFractie());
            maximum = fractiemaanden;
        }
        BigDecimal maximaalMaanden = null;
        if (v.maximaalMaanden() != null && (maximum == null || maximum.compareTo(v.maximaalMaanden()) > 0)) {
            maximaalMaanden = v.maximaalMaanden();
            maximum = maximaalMaanden;
        }
        if (maximum == null) {
            return uit;
        }
        LocalDate uiterlijk = Geldigheidsduur.eindeNaMaanden(oud.einddatum(), maximum);
        uit.add(Bevinding.van(Bevindingcode.VERLENGING_UITERLIJKE_EINDDATUM, v.bron(), c.index(), "uiterlijk", uiterlijk,
                "fractie", fractiemaanden != null, "procent", v.maximaalFractie() == null ? null
                        : v.maximaalFractie().multiply(BigDecimal.valueOf(100)),
                "oorspronkelijk", oorspronkelijk, "fractiemaanden", fractiemaanden, "maximaalMaanden", maximaalMaanden,
                "oudeEinddatum", oud.einddatum()));
        if (c.regel().einddatum().isAfter(uiterlijk)) {
            uit.add(Bevinding.van(Bevindingcode.VERLENGING_TE_LANG, v.bron(), c.index(), "einddatum", c.regel().einddatum(),
                    "uiterlijk", uiterlijk));
        }
        return uit;
    }
}
