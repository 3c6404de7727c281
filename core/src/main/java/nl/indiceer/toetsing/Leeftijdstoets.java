package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Leeftijd;
import nl.indiceer.regeling.Leeftijdsuitzondering;

/**
 * The client's age at start and end against the product's age range; a Jeugdwet product without a range
 * of its own is checked against the law's 18 years.
 */
public final class Leeftijdstoets implements Regeltoets {

    /**
     * National law, not regional policy: the Jeugdwet is for a "jeugdige", a person under 18, with
     * verlengde jeugdhulp up to 23 only under conditions (Jeugdwet art. 1.1). Used where a Jeugdwet
     * product has no age limit of its own in the rulebook.
     */
    static final int JEUGDWET_MEERDERJARIG = 18;

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Leeftijd l = c.product().grenzen().leeftijd();
        if (c.aanvraag().client() == null) {
            return List.of();
        }
        if (l == null) {
            return jeugdwet(c);
        }
        List<Bevinding> uit = new ArrayList<>();
        LocalDate geboren = c.aanvraag().client().geboortedatum();
        LocalDate begin = c.regel().begindatum();
        LocalDate einde = c.regel().einddatum();
        int bijStart = leeftijdOp(geboren, begin);
        int bijEinde = leeftijdOp(geboren, einde);
        List<Leeftijdsuitzondering> uitzonderingen = l.uitzonderingen();
        if (l.vanaf() != null && bijStart < l.vanaf()) {
            Bevinding zonder = Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_START, l.bron(), c.index(), "product", c.naam(),
                    "vanaf", l.vanaf(), "leeftijd", bijStart);
            Leeftijdsuitzondering u = Leeftijdsuitzonderingen.vanaf(uitzonderingen, bijStart);
            if (u == null) {
                uit.add(zonder);
            } else {
                uit.addAll(Leeftijdsuitzonderingen.oordeel(c, u, 0, zonder, "vanaf " + l.vanaf() + " jaar", bijStart));
            }
        }
        if (l.tot() != null && (bijStart >= l.tot() || bijEinde >= l.tot() && !l.alleenBijStart())) {
            Bevinding zonder = bijStart >= l.tot()
                    ? Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_START, l.bron(), c.index(), "product", c.naam(),
                            "tot", l.tot(), "leeftijd", bijStart)
                    : Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_EINDE, l.bron(), c.index(), "product", c.naam(),
                            "tot", l.tot(), "verjaardag", verjaardag(geboren, l.tot()), "einddatum", einde);
            Leeftijdsuitzondering u = uitzonderingen.isEmpty() ? null
                    : Leeftijdsuitzonderingen.tot(uitzonderingen, l.tot(), l.alleenBijStart(), geboren, begin, einde);
            if (u == null) {
                uit.add(zonder);
            } else {
                uit.addAll(Leeftijdsuitzonderingen.oordeel(c, u, l.tot(), zonder, "tot " + l.tot() + " jaar",
                        bijStart >= l.tot() ? bijStart : bijEinde));
            }
        }
        if (!uit.isEmpty() && !alleenUitzondering(uit)) {
            uit.addAll(Onduidelijkheden.van(l.onduidelijk(), l.bron(), c.index()));
        }
        return uit;
    }

    /** Whether an exception that applies is all there is to say (then the limit's own unclarity does not matter). */
    private static boolean alleenUitzondering(List<Bevinding> uit) {
        for (Bevinding b : uit) {
            if (b.code() == Bevindingcode.LEEFTIJD_BIJ_START || b.code() == Bevindingcode.LEEFTIJD_BIJ_EINDE) {
                return false;
            }
        }
        return true;
    }

    private static List<Bevinding> jeugdwet(Regelcontext c) {
        String eigen = c.product().identiteit().wet();
        String wet = eigen != null ? eigen : c.regeling().wet();
        if (!"jeugdwet".equals(wet)) {
            return List.of();
        }
        LocalDate geboren = c.aanvraag().client().geboortedatum();
        LocalDate achttien = verjaardag(geboren, JEUGDWET_MEERDERJARIG);
        LocalDate begin = c.regel().begindatum();
        LocalDate einde = c.regel().einddatum();
        Bevinding zonder;
        if (!achttien.isAfter(begin)) {
            zonder = Bevinding.van(Bevindingcode.JEUGDWET_18_PLUS, null, c.index(), "leeftijd", leeftijdOp(geboren, begin));
        } else if (!achttien.isAfter(einde)) {
            zonder = Bevinding.van(Bevindingcode.JEUGDWET_WORDT_18, null, c.index(), "verjaardag", achttien,
                    "einddatum", einde);
        } else {
            return List.of();
        }
        Leeftijdsuitzondering verlengd = c.regeling().tijdsverloop().verlengdeJeugdhulp();
        if (verlengd == null || Leeftijdsuitzonderingen.tot(List.of(verlengd), JEUGDWET_MEERDERJARIG, false, geboren,
                begin, einde) == null) {
            return List.of(zonder);
        }
        return Leeftijdsuitzonderingen.oordeel(c, verlengd, JEUGDWET_MEERDERJARIG, zonder, "tot 18 jaar (Jeugdwet)",
                leeftijdOp(geboren, einde));
    }

    /**
     * The day the client turns {@code jaren}, consistent with {@link #leeftijdOp}: born on 29 February,
     * that is 1 March in a year without 29 February.
     */
    static LocalDate verjaardag(LocalDate geboren, int jaren) {
        LocalDate d = geboren.plusYears(jaren);
        return leeftijdOp(geboren, d) < jaren ? d.plusDays(1) : d;
    }

    static int leeftijdOp(LocalDate geboren, LocalDate op) {
        return Period.between(geboren, op).getYears();
    }
}
