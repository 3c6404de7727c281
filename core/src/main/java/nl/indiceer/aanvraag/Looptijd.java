package nl.indiceer.aanvraag;

import java.time.LocalDate;

/**
 * From when to when an allocation is valid, both dates inclusive: the period its volume and checks apply to.
 *
 * @param inzetTot optional: the last day help is actually delivered when the validity runs on after it (e.g. the
 *                 evaluation 9 months after a dyslexie treatment, 001:11133-11135); null when not given
 */
public record Looptijd(LocalDate begindatum, LocalDate einddatum, LocalDate inzetTot) {

    /** A validity without a separate end of the help. */
    public Looptijd(LocalDate begindatum, LocalDate einddatum) {
        this(begindatum, einddatum, null);
    }
}
