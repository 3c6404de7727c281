package nl.indiceer.beschikking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import nl.indiceer.aanvraag.Looptijd;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.regeling.Financiering;

/**
 * What {@link Toewijzingstijdlijn} needs of a decision: which allocations it starts or changes, from when to when,
 * with which volume. {@link Beschikking#tijdlijn()} gives it; a stored decision can be read back into it from its
 * plain fields without rebuilding its rekensom and findings.
 */
public record Tijdlijnbesluit(String kenmerk, Beschikkingsoort soort, String vorige, Instant moment, List<Regel> regels) {

    public Tijdlijnbesluit {
        Objects.requireNonNull(kenmerk, "kenmerk");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(moment, "moment");
        if (soort.verwijstNaarVorige() != (vorige != null)) {
            throw new IllegalArgumentException("vorige hoort bij " + soort + (soort.verwijstNaarVorige() ? "" : " niet"));
        }
        regels = List.copyOf(regels);
    }

    /**
     * One line.
     *
     * @param toegekend  false for a refusal: it changes nothing
     * @param toewijzing the allocation it starts (first decision) or changes
     * @param looptijd   for a first decision its validity; for a wijziging the new volume holds from its begin up to
     *                   its end; for a verlenging and a beëindiging its end is the new end; an intrekking ignores it
     * @param omvang     null for an amount (traject, plek)
     */
    public record Regel(int regel, boolean toegekend, String toewijzing, String product, String aanbieder,
                        Financiering financiering, Looptijd looptijd, Omvang omvang) {

        public Regel {
            Objects.requireNonNull(toewijzing, "toewijzing");
            Objects.requireNonNull(looptijd, "looptijd");
        }
    }
}
