package nl.indiceer.toetsing;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.regeling.Aanbiederregel;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Combinaties;
import nl.indiceer.regeling.Hardheidsclausule;
import nl.indiceer.regeling.Paar;
import nl.indiceer.regeling.Stapelingsvoorwaarden;

/**
 * Decides the conditions of a conditional combination that the rulebook states as data: the providers of the two
 * products ({@code aanbieder}) and facts the consultant confirms ({@code alleen_als}). A broken condition is a FOUT
 * (a WAARSCHUWING for "in principe bij een andere aanbieder"); an unknown one keeps the conditional warning and asks
 * for what is missing; all met, and all the footnote asks ({@code voorwaarden_volledig}), the warning becomes INFO.
 */
final class Stapelingsvoorwaardetoets {

    private Stapelingsvoorwaardetoets() {
    }

    /** One side of the pair: its name for the findings and its provider as the request gives it (or null). */
    record Kant(Betrokkene naam, String aanbieder) {
    }

    /**
     * The findings for a voorwaardelijk pair.
     *
     * @param voorwaardelijk the finding the pair gives without decided conditions (STAPELING_VOORWAARDELIJK or
     *                       NIET_OP_DEZELFDE_DAG); kept while a condition is open or not all conditions are data
     */
    static List<Bevinding> toets(Paar paar, Kant a, Kant b, Integer regel, String hardheidsclausule, String toelichting,
                                 Aanvraag aanvraag, Combinaties combinaties, Bevinding voorwaardelijk) {
        Stapelingsvoorwaarden v = paar.voorwaarden();
        if (v.isLeeg()) {
            return List.of(voorwaardelijk);
        }
        Bron bron = paar.bron();
        List<Bevinding> gebroken = new ArrayList<>();
        List<Bevinding> open = new ArrayList<>();
        List<Bevinding> waarschuwingen = new ArrayList<>();
        List<String> aanbieders = new ArrayList<>();
        Aanbiederregel regelAanbieder = v.aanbieder();
        if (regelAanbieder != null && regelAanbieder.eistVerschillend()) {
            boolean inPrincipe = regelAanbieder == Aanbiederregel.IN_PRINCIPE_VERSCHILLEND;
            if (a.aanbieder() == null || b.aanbieder() == null) {
                List<Object> onbekend = new ArrayList<>();
                if (a.aanbieder() == null) {
                    onbekend.add(a.naam());
                }
                if (b.aanbieder() == null) {
                    onbekend.add(b.naam());
                }
                open.add(Bevinding.van(Bevindingcode.STAPELING_AANBIEDER_ONBEKEND, bron, regel, "a", a.naam(), "b", b.naam(),
                        "inPrincipe", inPrincipe, "onbekend", onbekend));
            } else if (a.aanbieder().trim().equalsIgnoreCase(b.aanbieder().trim())) {
                if (inPrincipe) {
                    waarschuwingen.add(Bevinding.van(Bevindingcode.STAPELING_ZELFDE_AANBIEDER, bron, regel, "a", a.naam(),
                            "b", b.naam(), "aanbieder", a.aanbieder(), "inPrincipe", true,
                            "toelichting", "") // the conditional warning beside it already gives the footnote
                            .metErnst(nl.indiceer.regeling.Ernst.WAARSCHUWING));
                } else {
                    gebroken.add(hard(Bevindingcode.STAPELING_ZELFDE_AANBIEDER, bron, regel, a, b, hardheidsclausule,
                            toelichting, combinaties.hardheidsclausule(), "aanbieder", a.aanbieder()));
                }
            } else {
                aanbieders.add(a.aanbieder());
                aanbieders.add(b.aanbieder());
            }
        }
        List<String> vragen = new ArrayList<>();
        for (String feit : v.alleenAls()) {
            String vraag = combinaties.tijdregels().feit(feit).vraag();
            Boolean antwoord = aanvraag.feit(feit);
            if (antwoord == null) {
                open.add(Bevinding.van(Bevindingcode.FEIT_ONBEKEND, bron, regel, "a", a.naam(), "b", b.naam(),
                        "vraag", vraag, "feit", feit));
            } else if (!antwoord) {
                gebroken.add(hard(Bevindingcode.STAPELING_VOORWAARDE_NIET_VERVULD, bron, regel, a, b, hardheidsclausule,
                        toelichting, combinaties.hardheidsclausule(), "vraag", vraag, "feit", feit));
            } else {
                vragen.add(vraag);
            }
        }
        List<Bevinding> uit = new ArrayList<>();
        if (!gebroken.isEmpty()) {
            uit.addAll(gebroken);
            uit.addAll(waarschuwingen);
            return uit;
        }
        if (!open.isEmpty() || !v.volledig() || !waarschuwingen.isEmpty()) {
            uit.add(voorwaardelijk);
            uit.addAll(open);
            uit.addAll(waarschuwingen);
            return uit;
        }
        uit.add(Bevinding.van(Bevindingcode.STAPELING_VOORWAARDEN_VERVULD, bron, regel, "a", a.naam(), "b", b.naam(),
                "aanbieders", aanbieders, "vragen", vragen, "toelichting", toelichting));
        return uit;
    }

    /** A broken condition: a FOUT, or with an agreement under the hardheidsclausule a WAARSCHUWING naming it. */
    private static Bevinding hard(Bevindingcode code, Bron bron, Integer regel, Kant a, Kant b, String afspraak,
                                  String toelichting, Hardheidsclausule clausule, Object... extra) {
        if (clausule != null && afspraak != null && !afspraak.isBlank()) {
            return Bevinding.van(Bevindingcode.STAPELING_HARDHEIDSCLAUSULE, clausule.bron(), regel,
                    "a", a.naam(), "b", b.naam(), "afspraak", afspraak, "toelichting", toelichting);
        }
        Object[] p = new Object[extra.length + 8];
        p[0] = "a";
        p[1] = a.naam();
        p[2] = "b";
        p[3] = b.naam();
        System.arraycopy(extra, 0, p, 4, extra.length);
        p[extra.length + 4] = "toelichting";
        p[extra.length + 5] = toelichting;
        p[extra.length + 6] = "clausule";
        p[extra.length + 7] = clausule == null ? null : clausule.tekst();
        return Bevinding.van(code, bron, regel, p);
    }
}
