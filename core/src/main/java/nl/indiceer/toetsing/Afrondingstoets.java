package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Periode;

/**
 * What the consultant must know about how the volume was converted and rounded: weeks per month the
 * rulebook does not give (or marks unclear), rounding up, and a dagdeel product allocated in minutes.
 */
public final class Afrondingstoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        if (c.volume() == null) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        boolean weekEnMaand = rekentTussenWeekEnMaand(c);
        Constante wpm = c.regeling().constanten().wekenPerMaand();
        if (weekEnMaand && wpm == null) {
            uit.add(Bevinding.van(Bevindingcode.WEKEN_PER_MAAND_NIET_IN_REGELING, c.regeling().bron(), c.index(),
                    "wekenPerMaand", c.wekenPerMaand()));
        }
        if (c.volume().afgerond()) {
            boolean grof = c.volume().eenheid() != Eenheid.MINUUT;
            Bevinding b = Bevinding.van(Bevindingcode.AFGEROND_NAAR_BOVEN, null, c.index(),
                    "toegewezen", new Hoeveelheid(c.volume().volume(), c.volume().eenheid()), "periode", c.volume().periode(),
                    "grof", grof, "tijdseenheid", c.volume().eenheid().isTijd());
            uit.add(grof ? b.metErnst(Ernst.WAARSCHUWING) : b);
        }
        Eenheid eigen = c.product().eenheidVoor(c.regel().financiering());
        if (eigen == Eenheid.DAGDEEL && c.volume().eenheid() == Eenheid.MINUUT) {
            uit.add(Bevinding.van(Bevindingcode.NIET_IN_PRODUCTEENHEID, c.product().bron(), c.index(), "product", c.naam(),
                    "producteenheid", eigen, "opVerzoek", c.regel().volumeverzoek().eenheid() != null,
                    "periode", c.regel().periode()));
        }
        if (weekEnMaand && wpm != null) {
            uit.addAll(Onduidelijkheden.van(wpm.onduidelijk(), wpm.bron(), c.index()));
        }
        return uit;
    }

    private static boolean rekentTussenWeekEnMaand(Regelcontext c) {
        Periode periode = c.regel().periode();
        return (periode == Periode.MAAND && c.opbouw().perWeek().signum() != 0)
                || (periode == Periode.WEEK && c.opbouw().perMaand().signum() != 0);
    }
}
