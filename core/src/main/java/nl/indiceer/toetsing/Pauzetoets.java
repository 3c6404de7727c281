package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Pauze;
import nl.indiceer.regeling.Regeling;

/**
 * A product that pauses all other help while it runs (combinaties.pauzeert_andere_hulp, 001:4304-4306): every
 * other line or running allocation that overlaps it must be paused by it ({@code pauzeert}); a paused allocation
 * resumes afterwards under its own allocation.
 */
public final class Pauzetoets {

    private Pauzetoets() {
    }

    public static List<Bevinding> toets(Aanvraag aanvraag, Regeling regeling) {
        Combinaties c = regeling.combinaties();
        if (c.tijdregels().pauzes().isEmpty()) {
            return List.of();
        }
        List<Tijdvak> alle = Tijdvak.alle(aanvraag, regeling);
        List<Bevinding> uit = new ArrayList<>();
        for (Pauze p : c.tijdregels().pauzes()) {
            for (Tijdvak a : alle) {
                if (a.regel() == null || !c.bevat(p.producten(), a.product())) {
                    continue;
                }
                Productregel r = aanvraag.producten().get(a.regel());
                for (Tijdvak b : alle) {
                    if (b == a || !a.overlapt(b) || c.bevat(p.producten(), b.product())) {
                        continue;
                    }
                    if (b.id() != null && r.pauzeert().contains(b.id())) {
                        uit.add(Bevinding.van(Bevindingcode.PAUZE_HERVAT, p.bron(), a.regel(), "b", b.wie(), "a", a.wie(),
                                "tot", a.eind(), "einddatum", b.eind()));
                    } else {
                        uit.add(Bevinding.van(Bevindingcode.PAUZE_ONTBREEKT, p.bron(), a.regel(), "a", a.wie(), "b", b.wie(),
                                "van", a.begin().isAfter(b.begin()) ? a.begin() : b.begin(),
                                "tot", a.eind().isBefore(b.eind()) ? a.eind() : b.eind(), "lopend", b.regel() == null)
                                .ookVoor(b.regel()));
                        uit.addAll(Onduidelijkheden.van(p.onduidelijk(), p.bron(), a.regel()));
                    }
                }
            }
        }
        return uit;
    }
}
