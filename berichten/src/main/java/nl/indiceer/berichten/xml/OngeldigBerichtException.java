package nl.indiceer.berichten.xml;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A message that is rejected: every reason with the line it is on, in Dutch. The only exception the reader throws for
 * bad input.
 */
public final class OngeldigBerichtException extends Exception {

    /**
     * One reason.
     *
     * @param regel the line in the message, 0 when the reason concerns the whole file
     * @param code  a stable code for programs (ONLEESBAAR, DOCTYPE, NAMESPACE, BERICHTCODE, STRUCTUUR, WAARDE, DATUM,
     *              SCHEMA, REGEL, BOM, CODERING, TE_GROOT)
     */
    public record Melding(int regel, String code, String tekst) {

        @Override
        public String toString() {
            return (regel > 0 ? "regel " + regel + ": " : "") + tekst;
        }
    }

    private final transient List<Melding> meldingen;

    public OngeldigBerichtException(List<Melding> meldingen) {
        super(meldingen.stream().map(Melding::toString).collect(Collectors.joining("; ")));
        this.meldingen = List.copyOf(meldingen);
    }

    OngeldigBerichtException(int regel, String code, String tekst) {
        this(List.of(new Melding(regel, code, tekst)));
    }

    public List<Melding> meldingen() {
        return meldingen;
    }

    /** The line of the first reason (0 when it concerns the whole file). */
    public int regel() {
        return meldingen.get(0).regel();
    }
}
