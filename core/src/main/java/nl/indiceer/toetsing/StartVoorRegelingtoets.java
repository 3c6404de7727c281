package nl.indiceer.toetsing;

import java.util.List;

/** A line that starts before the rulebook version applied may fall under an earlier version. */
public final class StartVoorRegelingtoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        if (!c.regel().begindatum().isBefore(c.regeling().geldigVanaf())) {
            return List.of();
        }
        return List.of(Bevinding.van(Bevindingcode.START_VOOR_REGELING, c.regeling().bron(), c.index(),
                "begindatum", c.regel().begindatum(), "geldigVanaf", c.regeling().geldigVanaf()));
    }
}
