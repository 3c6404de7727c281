package nl.indiceer.beschikking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.kosten.Kosten;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.rekensom.Rekensom;
import nl.indiceer.toetsing.Bevinding;

/**
 * One decided line: what was decided and everything it rests on. It cannot exist in a state the rule of
 * {@link Besluitregels} forbids: a grant despite a FOUT without the hardheidsclausule, or a grant with a
 * WAARSCHUWING without a motivation, is refused at construction.
 *
 * @param regel       the index of the line in the request (for a change: the line in its own request)
 * @param toewijzing  for a change: the id of the allocation it changes; null in a first decision (the line then
 *                    starts allocation {@code <kenmerk>/<regel>})
 * @param variant     optional
 * @param aanbieder   optional
 * @param volume      null for a traject or plek (allocated as an amount) and for a line without a computed volume
 * @param rekensom    how the volume was computed, as structured steps
 * @param bevindingen the findings that concern the line ({@link Besluitregels#bevindingen})
 * @param motivering  the consultant's reasoning; null when none was needed or given
 * @param normenkader null when the volume did not come from a normenkader
 */
public record Besluitregel(int regel, Regelbesluit besluit, String toewijzing, String productcode, String productnaam,
                           String variant, String aanbieder, Financiering financiering, Looptijd looptijd,
                           Besluitvolume volume, Kosten kosten, Rekensom rekensom, List<Bevinding> bevindingen,
                           String motivering, Normenkadergebruik normenkader) {

    public Besluitregel {
        Objects.requireNonNull(besluit, "besluit");
        Objects.requireNonNull(productcode, "productcode");
        Objects.requireNonNull(financiering, "financiering");
        Objects.requireNonNull(looptijd, "looptijd");
        Objects.requireNonNull(looptijd.begindatum(), "begindatum");
        Objects.requireNonNull(looptijd.einddatum(), "einddatum");
        Objects.requireNonNull(kosten, "kosten");
        Objects.requireNonNull(rekensom, "rekensom");
        if (looptijd.einddatum().isBefore(looptijd.begindatum())) {
            throw new IllegalArgumentException("einddatum voor begindatum");
        }
        bevindingen = List.copyOf(bevindingen);
        List<Ontbrekend> ontbrekend = Besluitregels.voorRegel(regel, besluit, motivering, bevindingen);
        if (!ontbrekend.isEmpty()) {
            throw new OnvolledigBesluitException(ontbrekend);
        }
    }

    public LocalDate begindatum() {
        return looptijd.begindatum();
    }

    /** Inclusive. */
    public LocalDate einddatum() {
        return looptijd.einddatum();
    }

    public boolean toegekend() {
        return besluit instanceof Regelbesluit.Toekenning;
    }
}
