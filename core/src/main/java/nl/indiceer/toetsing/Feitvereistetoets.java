package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Feit;
import nl.indiceer.regeling.Feitvereiste;

/**
 * A product that requires a fact about the client ({@code combinaties.vereiste_feiten}): an assessed IQ above a
 * value (004:731), or a true/false fact that must be true (004:2266, 2298-2302), possibly only from an age or
 * when another fact is true. Stated and not met is a FOUT; not stated (the fact or its condition) asks for it.
 */
public final class Feitvereistetoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        Combinaties combinaties = c.regeling().combinaties();
        if (combinaties.feitvereisten().isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = null;
        for (Feitvereiste v : combinaties.feitvereisten()) {
            if (!combinaties.bevat(v.producten(), c.regel().product())) {
                continue;
            }
            List<Bevinding> b = toets(c, v, combinaties);
            if (!b.isEmpty()) {
                if (uit == null) {
                    uit = new ArrayList<>();
                }
                uit.addAll(b);
            }
        }
        return uit == null ? List.of() : uit;
    }

    private static List<Bevinding> toets(Regelcontext c, Feitvereiste v, Combinaties combinaties) {
        Aanvraag aanvraag = c.aanvraag();
        // when the requirement applies: from an age reached before the end of the line, and when 'als' is true
        LocalDate verjaardag = null;
        Boolean oudGenoeg = Boolean.TRUE;
        if (v.vanafLeeftijd() != null) {
            if (aanvraag.client() == null || aanvraag.client().geboortedatum() == null) {
                oudGenoeg = null;
            } else {
                verjaardag = Leeftijdstoets.verjaardag(aanvraag.client().geboortedatum(), v.vanafLeeftijd());
                oudGenoeg = !verjaardag.isAfter(c.regel().einddatum());
            }
        }
        Boolean als = v.als() == null ? Boolean.TRUE : aanvraag.feit(v.als());
        if (Boolean.FALSE.equals(oudGenoeg) || Boolean.FALSE.equals(als)) {
            return List.of();
        }
        Boolean voldaan;
        Object waarde;
        if (v.groterDan() != null) {
            BigDecimal g = aanvraag.getal(v.feit());
            voldaan = g == null ? null : g.compareTo(v.groterDan()) > 0;
            waarde = g == null ? null : g.stripTrailingZeros().toPlainString();
        } else {
            voldaan = aanvraag.feit(v.feit());
            waarde = voldaan == null ? null : voldaan ? "ja" : "nee";
        }
        if (Boolean.TRUE.equals(voldaan)) {
            return List.of();
        }
        boolean geldt = Boolean.TRUE.equals(oudGenoeg) && Boolean.TRUE.equals(als);
        Feit feit = combinaties.tijdregels().feit(v.feit());
        Feit alsFeit = v.als() == null ? null : combinaties.tijdregels().feit(v.als());
        Bevinding b = Bevinding.van(geldt && voldaan != null ? Bevindingcode.VEREIST_FEIT_NIET_VOLDAAN
                        : Bevindingcode.VEREIST_FEIT_ONBEKEND, v.bron(), c.index(),
                "product", c.product().naam(), "vraag", feit.vraag(), "feit", v.feit(),
                "groterDan", v.groterDan() == null ? null : v.groterDan().stripTrailingZeros().toPlainString(),
                "waarde", waarde, "vanaf", v.vanafLeeftijd(), "verjaardag", verjaardag,
                "alsVraag", alsFeit == null ? null : alsFeit.vraag(), "als", v.als(), "alsOnbekend", als == null);
        List<Bevinding> o = Onduidelijkheden.van(v.onduidelijk(), v.bron(), c.index());
        if (o.isEmpty()) {
            return List.of(b);
        }
        List<Bevinding> uit = new ArrayList<>(o);
        uit.add(0, b);
        return uit;
    }
}
