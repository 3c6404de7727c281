package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;

/** Every check of one request line, in the order their findings are shown. */
public final class Regeltoetsen {

    private static final List<Regeltoets> ALLE = List.of(
            new Periodetoets(),
            new Inkooptoets(),
            new Financieringstoets(),
            new Duurtoets(),
            new Leeftijdstoets(),
            new OnmogelijkVolumetoets(),
            new Limiettoets(),
            new Consulttoets(),
            new StartVoorRegelingtoets(),
            new VijfKeerWeektoets(),
            new VastVolumetoets(),
            new Voorwaardentoets(),
            new Verlengingstoets(),
            new Terugvaltoets(),
            new Verwijzertoets(),
            new Maatregeltoets(),
            new Intaketermijntoets(),
            new Feitvereistetoets(),
            new Garantiefasetoets(),
            new Afrondingstoets());

    private Regeltoetsen() {
    }

    public static List<Regeltoets> alle() {
        return ALLE;
    }

    /** The findings of every check for the line. */
    public static List<Bevinding> toets(Regelcontext c) {
        List<Bevinding> uit = new ArrayList<>();
        for (Regeltoets t : ALLE) {
            uit.addAll(t.toets(c));
        }
        return uit;
    }
}
