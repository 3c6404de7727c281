package nl.indiceer.brief;

import java.util.List;
import java.util.stream.Collectors;
import nl.indiceer.regeling.Probleem;

/**
 * The template folder cannot be used: every problem with its file, line (0 when unknown), field and a Dutch
 * message. Thrown at load, so that a wrong template stops the start, not the first decision.
 */
public final class OngeldigSjabloonException extends RuntimeException {

    private final transient List<Probleem> problemen;

    public OngeldigSjabloonException(List<Probleem> problemen) {
        super("De briefsjablonen zijn ongeldig:\n" + problemen.stream().map(Probleem::toString)
                .collect(Collectors.joining("\n")));
        this.problemen = List.copyOf(problemen);
    }

    public List<Probleem> problemen() {
        return problemen;
    }
}
