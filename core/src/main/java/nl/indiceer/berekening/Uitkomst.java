package nl.indiceer.berekening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Client;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Combinatieoordeel;

/**
 * The result of a request: per line the volume, cost and findings; across lines the combination
 * verdicts and their findings; and which rulebook version was applied.
 */
public record Uitkomst(ToegepasteRegeling toegepast, LocalDate peildatum, String gemeente, Client client,
                       List<Regeluitkomst> regels, List<Combinatieoordeel> combinaties, List<Bevinding> bevindingen) {

    public Uitkomst {
        regels = List.copyOf(regels);
        combinaties = List.copyOf(combinaties);
        bevindingen = List.copyOf(bevindingen);
    }

    public String regio() {
        return toegepast.versie().regio();
    }

    /** The rulebook's name. */
    public String regeling() {
        return toegepast.naam();
    }

    public LocalDate geldigVanaf() {
        return toegepast.versie().geldigVanaf();
    }

    /** Every finding: those of the lines and those across lines. */
    public List<Bevinding> alleBevindingen() {
        List<Bevinding> alle = new ArrayList<>();
        for (Regeluitkomst r : regels) {
            alle.addAll(r.bevindingen());
        }
        alle.addAll(bevindingen);
        return alle;
    }

    /** A FOUT blocks the decision. */
    public boolean heeftFout() {
        return alleBevindingen().stream().anyMatch(b -> b.ernst() == Ernst.FOUT);
    }
}
