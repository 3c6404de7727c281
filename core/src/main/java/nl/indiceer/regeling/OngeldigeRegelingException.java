package nl.indiceer.regeling;

import java.util.List;

/** A rulebook that cannot be used; carries every problem found, not just the first. */
public class OngeldigeRegelingException extends RuntimeException {

    private final List<Probleem> problemen;

    public OngeldigeRegelingException(List<Probleem> problemen) {
        super(problemen.size() + " probleem/problemen in regeling:\n" + String.join("\n",
                problemen.stream().map(Probleem::toString).toList()));
        this.problemen = List.copyOf(problemen);
    }

    public List<Probleem> problemen() {
        return problemen;
    }
}
