package nl.indiceer.normenkader;

import java.util.List;

/**
 * A task or result area of a normenkader (schoon en leefbaar huis; administratie ...) with its norm
 * time per delivery rhythm, its own adjustment factors and, optionally, reference points.
 *
 * @param normen      one per delivery rhythm; the first is the default
 * @param ontbreekt   what the source does not give for this task (shown; never replaced by a guess)
 */
public record Taak(String code, String naam, String resultaatgebied, String omschrijving, List<Norm> normen,
                   List<Factor> factoren, List<Referentie> referenties, String ontbreekt, Herkomst herkomst) {

    public Taak {
        normen = List.copyOf(normen);
        factoren = List.copyOf(factoren);
        referenties = List.copyOf(referenties);
    }

    public Norm norm(Normperiode ritme) {
        for (Norm n : normen) {
            if (n.ritme() == ritme) {
                return n;
            }
        }
        return null;
    }
}
