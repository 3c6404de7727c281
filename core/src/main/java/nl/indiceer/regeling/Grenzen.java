package nl.indiceer.regeling;

import java.util.List;

/**
 * How much, how long and for whom: the product's maximum duration, age range, volume limits, agreed volume and variants.
 *
 * @param vastVolume optional: an agreed volume, so no posten are needed
 * @param varianten  named alternatives with their own limits and duration (e.g. Dagactiviteit as respijtzorg)
 * @param consult    optional: the length of one consult (posten marked as consult)
 */
public record Grenzen(Duur duur, Leeftijd leeftijd, List<Limiet> limieten, VastVolume vastVolume,
                      List<Variant> varianten, Consultduur consult) {

    public Grenzen {
        limieten = Onveranderlijk.lijst(limieten);
        varianten = Onveranderlijk.lijst(varianten);
    }

    /** Without a rule per consult. */
    public Grenzen(Duur duur, Leeftijd leeftijd, List<Limiet> limieten, VastVolume vastVolume, List<Variant> varianten) {
        this(duur, leeftijd, limieten, vastVolume, varianten, null);
    }
}
