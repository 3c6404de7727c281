package nl.indiceer.toetsing;

import java.util.List;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Ernst;

/** A WAARSCHUWING needs a motivation: a line with warnings (its own or a combination's) and none gets a finding. */
public final class Motiveringstoets {

    private Motiveringstoets() {
    }

    /**
     * @param vanRegel     the findings of this line
     * @param overkoepelend the findings across lines (combinations name both lines)
     */
    public static List<Bevinding> toets(Productregel regel, int index, List<Bevinding> vanRegel,
                                        List<Bevinding> overkoepelend) {
        boolean waarschuwing = vanRegel.stream().anyMatch(b -> b.ernst() == Ernst.WAARSCHUWING)
                || overkoepelend.stream().anyMatch(b -> b.ernst() == Ernst.WAARSCHUWING && b.betreft(index));
        if (!waarschuwing || regel.heeftMotivering()) {
            return List.of();
        }
        return List.of(Bevinding.van(Bevindingcode.MOTIVERING_ONTBREEKT, null, index));
    }
}
