package nl.indiceer.aanvraag;

import java.util.List;

/** A request that cannot be computed; carries every problem found. */
public class OngeldigeAanvraagException extends RuntimeException {

    private final List<Invoerfout> fouten;

    public OngeldigeAanvraagException(List<Invoerfout> fouten) {
        super(String.join("\n", fouten.stream().map(Invoerfout::toString).toList()));
        this.fouten = List.copyOf(fouten);
    }

    public List<Invoerfout> fouten() {
        return fouten;
    }
}
