package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.util.List;

/**
 * One task that applies to the client, as the consultant enters it (one element of {@code taken} in
 * taken.json, docs/normenkader-formaat.md).
 *
 * @param ritme       the delivery rhythm whose norm is used; null: the task's first norm
 * @param referentie  true: use the task's reference point (e.g. a CRvB figure) instead of a norm time
 * @param frequentie  how often, for a norm time per occurrence; null otherwise
 * @param afwijking   the consultant's deviation, always with a motivation; null if none
 * @param toelichting optional note shown with the task
 */
public record Taakinvoer(String taak, Normperiode ritme, boolean referentie, Gekozenfrequentie frequentie,
                         List<Factorkeuze> factoren, List<Capaciteit> capaciteit, Afwijking afwijking,
                         String toelichting) {

    public Taakinvoer {
        factoren = List.copyOf(factoren);
        capaciteit = List.copyOf(capaciteit);
    }

    /** "2 keer per week". */
    public record Gekozenfrequentie(BigDecimal keer, Normperiode per) {
    }

    /**
     * A factor the consultant applies: its code, the answer for a table factor ({@code waarde}), or a
     * count for a factor that allows one ({@code aantal}, e.g. two extra rooms).
     */
    public record Factorkeuze(String factor, String waarde, BigDecimal aantal) {
    }

    /**
     * What the client, the network, gebruikelijke hulp or a voorliggende voorziening takes over of this
     * task: a share ({@code deel}, 0 to 1) or a time per period; always with a toelichting.
     */
    public record Capaciteit(Factorsoort soort, BigDecimal deel, Tijd tijd, Normperiode per, String toelichting) {
    }

    /** The consultant's deviation from the norm outcome: signed time per period, with its motivation. */
    public record Afwijking(Tijd tijd, Normperiode per, String motivering) {
    }
}
