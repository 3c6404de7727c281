package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.regeling.Afschaling;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Geldigheidsduur;

/**
 * Scaling down (combinaties.afschaling): a lighter product ({@code naar}) that takes over from a heavier one
 * ({@code van}) runs together with it for a period between the minimum and maximum months. A take-over is a
 * lighter line that begins after the heavier began and before or the day after it ends, while the heavier ends
 * first; the overlap is counted in months as a validity is.
 */
public final class Afschalingstoets {

    private Afschalingstoets() {
    }

    public static List<Bevinding> toets(Aanvraag aanvraag, Regeling regeling) {
        Combinaties c = regeling.combinaties();
        if (c.tijdregels().afschalingen().isEmpty()) {
            return List.of();
        }
        List<Tijdvak> alle = Tijdvak.alle(aanvraag, regeling);
        List<Bevinding> uit = new ArrayList<>();
        for (Afschaling s : c.tijdregels().afschalingen()) {
            for (Tijdvak zwaar : alle) {
                if (!c.bevat(s.van(), zwaar.product())) {
                    continue;
                }
                for (Tijdvak licht : alle) {
                    if ((zwaar.regel() == null && licht.regel() == null) || !c.bevat(s.naar(), licht.product())
                            || !licht.begin().isAfter(zwaar.begin()) || licht.begin().isAfter(zwaar.eind().plusDays(1))
                            || !zwaar.eind().isBefore(licht.eind())) {
                        continue;
                    }
                    BigDecimal maanden = licht.begin().isAfter(zwaar.eind()) ? BigDecimal.ZERO
                            : Geldigheidsduur.maanden(licht.begin(), zwaar.eind());
                    boolean teKort = s.minimaalMaanden() != null && maanden.compareTo(s.minimaalMaanden()) < 0;
                    boolean teLang = s.maximaalMaanden() != null && maanden.compareTo(s.maximaalMaanden()) > 0;
                    if (teKort || teLang) {
                        Integer regel = licht.regel() != null ? licht.regel() : zwaar.regel();
                        Integer ook = licht.regel() != null ? zwaar.regel() : null;
                        boolean samen = maanden.signum() > 0;
                        uit.add(Bevinding.van(Bevindingcode.AFSCHALING_OVERLAP, s.bron(), regel, "van", zwaar.wie(),
                                "naar", licht.wie(), "maanden", maanden.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros(),
                                "begin", samen ? licht.begin() : null, "eind", samen ? zwaar.eind() : null, "minimum", s.minimaalMaanden(), "maximum", s.maximaalMaanden()).ookVoor(ook));
                        uit.addAll(Onduidelijkheden.van(s.onduidelijk(), s.bron(), regel));
                    }
                }
            }
        }
        return uit;
    }
}
