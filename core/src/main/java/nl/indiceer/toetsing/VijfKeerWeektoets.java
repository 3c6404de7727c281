package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Seed 000:222: "per maand maximaal 5 × het (gemiddelde) weekvolume". The average week is the
 * consultant's stated average, else the weekly posten. A month indication built only from monthly
 * posten has no week volume to test against; that is said, not hidden.
 */
public final class VijfKeerWeektoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Constante factor = c.regeling().constanten().maandFactorWeekgemiddelde();
        if (factor == null || c.volume() == null || c.regel().periode() != Periode.MAAND || !c.volume().eenheid().isTijd()
                || c.regel().posten().isEmpty()) {
            return List.of(); // an agreed volume (Jeugd FACT 785 per maand) is not built from a week volume
        }
        BigDecimal gemiddeld = c.regel().volumeverzoek().gemiddeldPerWeekMinuten();
        boolean opgegeven = gemiddeld != null;
        if (gemiddeld == null && c.opbouw().heeftWeekposten()) {
            gemiddeld = c.opbouw().perWeek();
        }
        if (gemiddeld == null) {
            return List.of(Bevinding.van(Bevindingcode.WEEKGEMIDDELDE_ONBEKEND, factor.bron(), c.index(),
                    "factor", factor.waarde()));
        }
        List<Bevinding> uit = new ArrayList<>();
        BigDecimal maand = Toewijzingsvolume.naarMinuten(c.volume().volume(), c.volume().eenheid(), c.minutenPerDagdeel());
        BigDecimal maximum = gemiddeld.multiply(factor.waarde());
        if (maand.compareTo(maximum) > 0) {
            uit.add(Bevinding.van(Bevindingcode.MAAND_BOVEN_FACTOR_WEEKVOLUME, factor.bron(), c.index(), "product", c.naam(),
                    "maandvolume", maand, "factor", factor.waarde(), "opgegeven", opgegeven, "weekvolume", gemiddeld,
                    "maximum", maximum));
        }
        uit.addAll(Onduidelijkheden.van(factor.onduidelijk(), factor.bron(), c.index()));
        return uit;
    }
}
