package nl.indiceer.normenkader;

import java.util.List;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bron;
import nl.indiceer.toetsing.Bevinding;

/**
 * The outcome of one task: the task and the consultant's input for it, the minutes (exact and rounded up,
 * per week and per month), the rekensom, the factors applied, the sources and the findings.
 *
 * @param index    position in taken.json
 * @param invoer   as the consultant entered it: capacity, deviation with its motivation, toelichting
 * @param ritme    the delivery rhythm of the norm used (the task's first norm when none was chosen); null for a
 *                 reference point or a norm without rhythm
 * @param factoren the applied factors as shown ("Beperkingen: enig extra inzet (+26 uur per jaar)")
 */
public record Taakuitkomst(int index, Taak taak, Taakinvoer invoer, Normperiode ritme, Taakminuten minuten,
                           String rekensom, List<String> factoren, List<Bron> bronnen, List<Bevinding> bevindingen) {

    public Taakuitkomst {
        factoren = List.copyOf(factoren);
        bronnen = List.copyOf(bronnen);
        bevindingen = List.copyOf(bevindingen);
    }

    /** "norm" or "referentie". */
    public String basis() {
        return invoer.referentie() ? "referentie" : "norm";
    }
}
