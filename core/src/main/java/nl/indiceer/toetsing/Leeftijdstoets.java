package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Leeftijd;

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
        int bijStart = leeftijdOp(geboren, c.regel().begindatum());
        int bijEinde = leeftijdOp(geboren, c.regel().einddatum());
        if (l.vanaf() != null && bijStart < l.vanaf()) {
            uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_START, l.bron(), c.index(), "product", c.naam(),
                    "vanaf", l.vanaf(), "leeftijd", bijStart));
        }
        if (l.tot() != null && bijStart >= l.tot()) {
            uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_START, l.bron(), c.index(), "product", c.naam(),
                    "tot", l.tot(), "leeftijd", bijStart));
        } else if (l.tot() != null && bijEinde >= l.tot() && !l.alleenBijStart()) {
            uit.add(Bevinding.van(Bevindingcode.LEEFTIJD_BIJ_EINDE, l.bron(), c.index(), "product", c.naam(),
                    "tot", l.tot(), "verjaardag", verjaardag(geboren, l.tot()), "einddatum", c.regel().einddatum()));
        }
        if (!uit.isEmpty()) {
            uit.addAll(Onduidelijkheden.van(l.onduidelijk(), l.bron(), c.index()));
        }
        return uit;
    }

    private static List<Bevinding> jeugdwet(Regelcontext c) {
        String eigen = c.product().identiteit().wet();
        String wet = eigen != null ? eigen : c.regeling().wet();
        if (!"jeugdwet".equals(wet)) {
            return List.of();
        }
        LocalDate geboren = c.aanvraag().client().geboortedatum();
        LocalDate achttien = verjaardag(geboren, JEUGDWET_MEERDERJARIG);
        if (!achttien.isAfter(c.regel().begindatum())) {
            return List.of(Bevinding.van(Bevindingcode.JEUGDWET_18_PLUS, null, c.index(),
                    "leeftijd", leeftijdOp(geboren, c.regel().begindatum())));
        }
        if (!achttien.isAfter(c.regel().einddatum())) {
            return List.of(Bevinding.van(Bevindingcode.JEUGDWET_WORDT_18, null, c.index(), "verjaardag", achttien,
                    "einddatum", c.regel().einddatum()));
        }
        return List.of();
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
