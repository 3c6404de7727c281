package nl.indiceer.normenkader;

import java.util.List;
import nl.indiceer.regeling.Probleem;

/** A normenkader file that cannot be used; carries every problem found (file:line: field: what). */
public class OngeldigNormenkaderException extends RuntimeException {

    private final List<Probleem> problemen;

    public OngeldigNormenkaderException(List<Probleem> problemen) {
        super(problemen.size() + " probleem/problemen in normenkader:\n" + String.join("\n",
                problemen.stream().map(Probleem::toString).toList()));
        this.problemen = List.copyOf(problemen);
    }

    public List<Probleem> problemen() {
        return problemen;
    }
}
