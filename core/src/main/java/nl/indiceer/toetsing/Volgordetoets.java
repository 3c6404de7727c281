package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Volgorde;

/**
 * An order in time (combinaties.volgorde): when a product of {@code eerst} and one of {@code dan} run at the same
 * time, the first must have begun before the second. Checked for every pair with at least one request line.
 */
public final class Volgordetoets {

    private Volgordetoets() {
    }

    public static List<Bevinding> toets(Aanvraag aanvraag, Regeling regeling) {
        Combinaties c = regeling.combinaties();
        if (c.tijdregels().volgorden().isEmpty()) {
            return List.of();
        }
        List<Tijdvak> alle = Tijdvak.alle(aanvraag, regeling);
        List<Bevinding> uit = new ArrayList<>();
        for (Volgorde v : c.tijdregels().volgorden()) {
            for (Tijdvak eerst : alle) {
                if (!c.bevat(v.eerst(), eerst.product())) {
                    continue;
                }
                for (Tijdvak dan : alle) {
                    if ((eerst.regel() != null || dan.regel() != null) && c.bevat(v.dan(), dan.product())
                            && eerst.overlapt(dan) && !eerst.begin().isBefore(dan.begin())) {
                        Integer regel = dan.regel() != null ? dan.regel() : eerst.regel();
                        Integer ook = dan.regel() != null ? eerst.regel() : null;
                        uit.add(Bevinding.van(Bevindingcode.VOLGORDE_ONJUIST, v.bron(), regel, "dan", dan.wie(),
                                "danBegin", dan.begin(), "eerst", eerst.wie(), "eerstBegin", eerst.begin()).ookVoor(ook));
                        uit.addAll(Onduidelijkheden.van(v.onduidelijk(), v.bron(), regel));
                    }
                }
            }
        }
        return uit;
    }
}
