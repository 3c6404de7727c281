package nl.indiceer.beschikking;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.regeling.RegelingVersie;

/**
 * A decided beschikking: the legal act, never changed once made. A change is a new {@code Beschikking} of another
 * {@link Beschikkingsoort} that names the previous one. Distinct from the request it came from: a request is a draft
 * that may be incomplete and changes; this is what was decided, by whom, when, on which rules.
 *
 * @param kenmerk     the readable, unique reference (written on the letter)
 * @param vorige      the kenmerk of the decision this one changes; present exactly when {@code soort.verwijstNaarVorige()}
 * @param clientId    the client's id in the application that stores it
 * @param gemeente    the CBS code of the municipality that decides
 * @param regeling    the rulebook version the lines were computed with (region, geldig_vanaf, SHA-256)
 * @param besluitnemer the user name of who decided
 * @param moment      when it was decided
 */
public record Beschikking(String kenmerk, Beschikkingsoort soort, String vorige, long clientId, String gemeente,
                          RegelingVersie regeling, String besluitnemer, Instant moment, List<Besluitregel> regels) {

    public Beschikking {
        vereist(kenmerk, "kenmerk");
        Objects.requireNonNull(soort, "soort");
        vereist(gemeente, "gemeente");
        Objects.requireNonNull(regeling, "regeling");
        vereist(besluitnemer, "besluitnemer");
        Objects.requireNonNull(moment, "moment");
        if (soort.verwijstNaarVorige() != (vorige != null)) {
            throw new IllegalArgumentException(soort.verwijstNaarVorige()
                    ? soort + " verwijst naar de vorige beschikking" : "een eerste beschikking heeft geen vorige");
        }
        if (vorige != null && vorige.equals(kenmerk)) {
            throw new IllegalArgumentException("een beschikking verwijst niet naar zichzelf");
        }
        regels = List.copyOf(regels);
        if (regels.isEmpty()) {
            throw new OnvolledigBesluitException(List.of(Ontbrekend.van(Ontbrekend.Code.GEEN_REGELS, null)));
        }
        Set<Integer> gezien = new HashSet<>();
        for (Besluitregel r : regels) {
            if (!gezien.add(r.regel())) {
                throw new IllegalArgumentException("regel " + r.regel() + " staat twee keer in de beschikking");
            }
            if (soort.verwijstNaarVorige() && (r.toewijzing() == null || r.toewijzing().isBlank())) {
                throw new OnvolledigBesluitException(List.of(Ontbrekend.van(Ontbrekend.Code.TOEWIJZING_ONTBREEKT, r.regel())));
            }
        }
    }

    private static void vereist(String s, String naam) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(naam + " ontbreekt");
        }
    }

    /** The id of the allocation a line of a first decision starts: {@code <kenmerk>/<regel>}. */
    public static String toewijzingsId(String kenmerk, int regel) {
        return kenmerk + "/" + regel;
    }

    /** What the timeline of allocations needs of this decision ({@link Toewijzingstijdlijn}). */
    public Tijdlijnbesluit tijdlijn() {
        return new Tijdlijnbesluit(kenmerk, soort, vorige, moment, regels.stream().map(r -> new Tijdlijnbesluit.Regel(
                r.regel(), r.toegekend(),
                soort.verwijstNaarVorige() ? r.toewijzing() : toewijzingsId(kenmerk, r.regel()),
                r.productcode(), r.aanbieder(), r.financiering(), r.looptijd(),
                r.volume() == null ? null : new Omvang(r.volume().volume(), r.volume().eenheid(), r.volume().frequentie())))
                .toList());
    }
}
