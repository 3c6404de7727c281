package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.regeling.Feit;
import nl.indiceer.regeling.Leeftijdsuitzondering;
import nl.indiceer.regeling.Tijdregels;

/**
 * Whether an age exception the rulebook states covers a line that breaks the age limit, and what the consultant
 * then sees: with facts, one fact true makes it an INFO, all false keeps the limit's finding, an unknown fact keeps
 * it and asks for the fact; without facts, the exception asks for a motivation (WAARSCHUWING) instead of the limit's
 * finding.
 */
final class Leeftijdsuitzonderingen {

    private Leeftijdsuitzonderingen() {
    }

    /** The first exception with a lower start age that the client's age at the start reaches, or null. */
    static Leeftijdsuitzondering vanaf(List<Leeftijdsuitzondering> uitzonderingen, int leeftijdBijStart) {
        for (Leeftijdsuitzondering u : uitzonderingen) {
            if (u.vanaf() != null && leeftijdBijStart >= u.vanaf()) {
                return u;
            }
        }
        return null;
    }

    /**
     * The first exception beyond {@code tot} under which the line may start (and, unless only the start counts, end):
     * the start before its limit and the einddatum before it.
     */
    static Leeftijdsuitzondering tot(List<Leeftijdsuitzondering> uitzonderingen, int tot, boolean alleenBijStart,
                                     LocalDate geboren, LocalDate begin, LocalDate einde) {
        for (Leeftijdsuitzondering u : uitzonderingen) {
            LocalDate grens = grens(u, tot, geboren);
            if (grens != null && begin.isBefore(grens) && (alleenBijStart || einde.isBefore(grens))) {
                return u;
            }
        }
        return null;
    }

    /** The first day the exception no longer covers; null for an exception on the start age. */
    static LocalDate grens(Leeftijdsuitzondering u, int tot, LocalDate geboren) {
        if (u.tot() != null) {
            return Leeftijdstoets.verjaardag(geboren, u.tot());
        }
        if (u.maandenNaTot() != null) {
            return Leeftijdstoets.verjaardag(geboren, tot).plusMonths(u.maandenNaTot());
        }
        return null;
    }

    /** How the exception reads for the consultant: "vanaf 12 jaar", "tot 23 jaar", "tot 3 maanden na de 18e verjaardag". */
    static String omschrijving(Leeftijdsuitzondering u, int tot) {
        if (u.vanaf() != null) {
            return "vanaf " + u.vanaf() + " jaar";
        }
        if (u.tot() != null) {
            return "tot " + u.tot() + " jaar";
        }
        return "tot " + u.maandenNaTot() + (u.maandenNaTot() == 1 ? " maand" : " maanden") + " na de " + tot
                + "e verjaardag";
    }

    /**
     * The findings for a line the exception {@code u} covers, instead of {@code zonder} (the limit's own finding).
     *
     * @param norm the limit as the consultant reads it ("vanaf 15 jaar")
     */
    static List<Bevinding> oordeel(Regelcontext c, Leeftijdsuitzondering u, int tot, Bevinding zonder, String norm,
                                   int leeftijd) {
        String wat = omschrijving(u, tot);
        List<Bevinding> uit = new ArrayList<>(2);
        if (u.eenVan().isEmpty()) {
            uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_UITZONDERING_MOTIVEREN, u.bron(), c.index(), "product", c.naam(),
                    "norm", norm, "uitzondering", wat, "leeftijd", leeftijd + " jaar"));
            uit.addAll(Onduidelijkheden.van(u.onduidelijk(), u.bron(), c.index()));
            return uit;
        }
        Aanvraag aanvraag = c.aanvraag();
        Tijdregels tijdregels = c.regeling().combinaties().tijdregels();
        List<String> onbekend = new ArrayList<>(1);
        for (String feit : u.eenVan()) {
            Boolean antwoord = aanvraag.feit(feit);
            if (Boolean.TRUE.equals(antwoord)) {
                uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_UITZONDERING, u.bron(), c.index(), "product", c.naam(),
                        "uitzondering", wat, "vraag", tijdregels.feit(feit).vraag(), "feit", feit));
                uit.addAll(Onduidelijkheden.van(u.onduidelijk(), u.bron(), c.index()));
                return uit;
            }
            if (antwoord == null) {
                onbekend.add(feit);
            }
        }
        uit.add(zonder);
        for (String feit : onbekend) {
            uit.add(Bevinding.van(Bevindingcode.FEIT_ONBEKEND, u.bron(), c.index(), "a", c.naam(), "b", null,
                    "vraag", tijdregels.feit(feit).vraag(), "feit", feit));
        }
        if (onbekend.isEmpty()) {
            uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_UITZONDERING_NIET_VOLDAAN, u.bron(), c.index(), "product", c.naam(),
                    "uitzondering", wat, "vragen", u.eenVan().stream().map(f -> tijdregels.feit(f).vraag()).toList()));
        }
        uit.addAll(Onduidelijkheden.van(u.onduidelijk(), u.bron(), c.index()));
        return uit;
    }
}
