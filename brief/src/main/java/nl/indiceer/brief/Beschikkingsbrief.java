package nl.indiceer.brief;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;

/**
 * Everything a decision letter says, as data: the engine's result, per line the decision and its law, what kind of
 * decision it is and the earlier decision it changes, kenmerk and date, to whom, and for which municipality (its
 * letterhead). {@link Briefmaker#maak(Beschikkingsbrief)} renders it; the text is the templates'.
 *
 * @param vorigKenmerk the kenmerk of the decision this one changes; required for every kind but EERSTE, absent then
 * @param gemeentecode CBS code of the deciding municipality ("0034"): chooses the letterhead
 */
public record Beschikkingsbrief(String kenmerk, LocalDate datum, Beschikkingsoort soort, String vorigKenmerk,
                                String gemeentecode, Geadresseerde geadresseerde, Uitkomst uitkomst,
                                List<Besluitregel> regels) {

    public Beschikkingsbrief {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(soort, "soort");
        Objects.requireNonNull(geadresseerde, "geadresseerde");
        Objects.requireNonNull(uitkomst, "uitkomst");
        if (!VeiligeTekst.heeftInhoud(kenmerk)) {
            throw new IllegalArgumentException("een beschikking heeft een kenmerk");
        }
        if (gemeentecode == null || !gemeentecode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("gemeentecode moet vier cijfers zijn");
        }
        if (soort.verwijstNaarVorige() != VeiligeTekst.heeftInhoud(vorigKenmerk)) {
            throw new IllegalArgumentException(soort.verwijstNaarVorige()
                    ? "een " + soort.name().toLowerCase() + " noemt de beschikking die zij wijzigt"
                    : "een eerste beschikking wijzigt geen eerdere");
        }
        regels = List.copyOf(regels);
        if (regels.isEmpty()) {
            throw new IllegalArgumentException("een beschikking besluit over minstens één regel");
        }
    }
}
