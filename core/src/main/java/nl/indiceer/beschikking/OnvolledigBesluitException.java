package nl.indiceer.beschikking;

import java.util.List;

/** A decision that the rule of {@link Besluitregels} does not allow yet; {@link #ontbrekend()} says why. */
public class OnvolledigBesluitException extends RuntimeException {

    private final List<Ontbrekend> ontbrekend;

    public OnvolledigBesluitException(List<Ontbrekend> ontbrekend) {
        super("besluit onvolledig: " + ontbrekend.stream().map(o -> o.code() + (o.regel() == null ? "" : " regel " + o.regel())).toList());
        this.ontbrekend = List.copyOf(ontbrekend);
    }

    public List<Ontbrekend> ontbrekend() {
        return ontbrekend;
    }
}
