package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import nl.indiceer.regeling.Duur;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.FinancieringUitgesloten;
import nl.indiceer.regeling.Leeftijd;
import nl.indiceer.regeling.Periodevoorwaarde;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Voorwaarde;
import nl.indiceer.volume.Getal;

/** Checks of a line against its product: duration, ages, purchase, financing form, allocation period. */
public final class Producttoetsen {

    private Producttoetsen() {
    }

    public static void duur(Regelcontext c, List<Bevinding> uit) {
        Duur d = c.duurregel();
        if (d == null || c.regel().verlengt() != null) {
            return; // an extension's length is governed by the extension rule (Wijzigingstoetsen.verlenging)
        }
        long dagen = java.time.temporal.ChronoUnit.DAYS.between(c.regel().begindatum(), c.regel().einddatum()) + 1;
        if (d.maximaalDagen() != null && dagen > d.maximaalDagen()) {
            uit.add(teLang(c, d, dagen + " dagen", d.maximaalDagen() + " dagen"));
            Onduidelijkheden.meld(d.onduidelijk(), d.bron(), c.index(), uit);
        }
        if (d.maximaalMaanden() != null && c.duur().maanden().compareTo(d.maximaalMaanden()) > 0) {
            uit.add(teLang(c, d, Getal.nl(c.duur().maanden()) + " maanden", Getal.nl(d.maximaalMaanden()) + " maanden"));
            Onduidelijkheden.meld(d.onduidelijk(), d.bron(), c.index(), uit);
        }
    }

    private static Bevinding teLang(Regelcontext c, Duur d, String duur, String maximum) {
        return new Bevinding("DUUR_TE_LANG", d.richtlijn() ? Ernst.WAARSCHUWING : Ernst.FOUT, c.naam()
                + ": de geldigheidsduur van " + duur + " is langer dan " + (d.richtlijn() ? "de richtlijn" : "het maximum")
                + " van " + maximum + "." + (d.richtlijn() ? " Langer kan in afstemming; motiveer waarom." : "")
                , d.bron(), c.index());
    }

    /**
     * National law, not regional policy: the Jeugdwet is for a "jeugdige", a person under 18, with
     * verlengde jeugdhulp up to 23 only under conditions (Jeugdwet art. 1.1). Used where a Jeugdwet
     * product has no age limit of its own in the rulebook.
     */
    static final int JEUGDWET_MEERDERJARIG = 18;

    public static void leeftijd(Regelcontext c, List<Bevinding> uit) {
        Leeftijd l = c.product().leeftijd();
        if (c.aanvraag().client() == null) {
            return;
        }
        if (l == null) {
            jeugdwet(c, uit);
            return;
        }
        LocalDate geboren = c.aanvraag().client().geboortedatum();
        int bijStart = leeftijdOp(geboren, c.regel().begindatum());
        int bijEinde = leeftijdOp(geboren, c.regel().einddatum());
        if (l.vanaf() != null && bijStart < l.vanaf()) {
            uit.add(new Bevinding("LEEFTIJD_BIJ_START", Ernst.FOUT, c.naam() + " is vanaf " + l.vanaf()
                    + " jaar; de cliënt is bij de start " + bijStart + ".", l.bron(), c.index()));
        }
        if (l.tot() != null && bijStart >= l.tot()) {
            uit.add(new Bevinding("LEEFTIJD_BIJ_START", Ernst.FOUT, c.naam() + " is tot " + l.tot()
                    + " jaar; de cliënt is bij de start al " + bijStart + ".", l.bron(), c.index()));
        } else if (l.tot() != null && bijEinde >= l.tot() && !l.alleenBijStart()) {
            LocalDate verjaardag = verjaardag(geboren, l.tot());
            uit.add(new Bevinding("LEEFTIJD_BIJ_EINDE", Ernst.WAARSCHUWING, c.naam() + " is tot " + l.tot()
                    + " jaar; de cliënt wordt " + l.tot() + " op " + verjaardag + ", voor de einddatum "
                    + c.regel().einddatum() + ". Beoordeel wat daarna voorliggend is.", l.bron(), c.index()));
        }
        if (uit.stream().anyMatch(b -> b.code().startsWith("LEEFTIJD_") && b.regel() != null && b.regel() == c.index())) {
            Onduidelijkheden.meld(l.onduidelijk(), l.bron(), c.index(), uit);
        }
    }

    private static void jeugdwet(Regelcontext c, List<Bevinding> uit) {
        String wet = c.product().wet() != null ? c.product().wet() : c.regeling().wet();
        if (!"jeugdwet".equals(wet)) {
            return;
        }
        LocalDate geboren = c.aanvraag().client().geboortedatum();
        LocalDate achttien = verjaardag(geboren, JEUGDWET_MEERDERJARIG);
        if (!achttien.isAfter(c.regel().begindatum())) {
            uit.add(new Bevinding("JEUGDWET_18_PLUS", Ernst.WAARSCHUWING, "De cliënt is bij de start "
                    + leeftijdOp(geboren, c.regel().begindatum()) + " jaar. Jeugdhulp na 18 jaar is verlengde jeugdhulp "
                    + "en kan alleen onder voorwaarden (Jeugdwet art. 1.1); beoordeel of de Wmo, Zvw of Wlz voorliggend is.",
                    null, c.index()));
        } else if (!achttien.isAfter(c.regel().einddatum())) {
            uit.add(new Bevinding("JEUGDWET_WORDT_18", Ernst.WAARSCHUWING, "De cliënt wordt 18 op " + achttien
                    + ", voor de einddatum " + c.regel().einddatum() + ". Daarna is het verlengde jeugdhulp (Jeugdwet art. 1.1); "
                    + "beoordeel wat voorliggend is.", null, c.index()));
        }
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

    public static void inkoop(Regelcontext c, List<Bevinding> uit) {
        Product p = c.product();
        String gemeente = c.aanvraag().gemeente();
        if (gemeente == null || p.gemeenten().isEmpty()) {
            return;
        }
        var g = c.regeling().gemeente(gemeente);
        String naam = g == null ? gemeente : g.naam();
        if (!p.gemeenten().contains(naam)) {
            uit.add(new Bevinding("PRODUCT_NIET_INGEKOCHT", Ernst.FOUT, naam + " koopt " + p.naam()
                    + " niet in; alleen " + String.join(", ", p.gemeenten()) + ".", p.bron(), c.index()));
        }
    }

    public static void financiering(Regelcontext c, List<Bevinding> uit) {
        Product p = c.product();
        FinancieringUitgesloten u = p.uitsluiting(c.regel().financiering());
        if (u != null) {
            uit.add(new Bevinding("FINANCIERING_NIET_TOEGESTAAN", Ernst.FOUT, p.naam() + " kan niet als "
                    + c.regel().financiering().omschrijving() + " worden toegekend.", u.bron(), c.index()));
            return;
        }
        if (p.tarieven().isEmpty()) {
            uit.add(new Bevinding("GEEN_TARIEVEN_IN_REGELING", Ernst.INFO, "De bron van deze regeling geeft geen tarieven voor "
                    + p.naam() + "; de kosten zijn niet te berekenen.", p.bron(), c.index()));
        } else if (!p.heeftTariefVoor(c.regel().financiering())) {
            uit.add(new Bevinding("TARIEF_ONBEKEND", Ernst.WAARSCHUWING, "Er is geen gepubliceerd tarief voor "
                    + p.naam() + " als " + c.regel().financiering().omschrijving() + "; de kosten zijn niet te berekenen.",
                    p.bron(), c.index()));
        }
    }

    public static void periode(Regelcontext c, List<Bevinding> uit) {
        Product p = c.product();
        if (!p.perioden().contains(c.regel().periode())) {
            uit.add(new Bevinding("PERIODE_NIET_TOEGESTAAN", Ernst.FOUT, p.naam() + " kan niet "
                    + c.regel().periode().omschrijving() + " worden toegewezen; wel: "
                    + String.join(", ", p.perioden().stream().map(x -> x.omschrijving()).toList()) + ".",
                    p.bron(), c.index()));
            return;
        }
        for (Periodevoorwaarde v : c.regeling().periodevoorwaarden()) {
            if (v.periode() == c.regel().periode()) {
                uit.add(new Bevinding("PERIODEVOORWAARDE", v.ernst(), v.melding(), v.bron(), c.index()));
            }
        }
    }

    /** What the tool cannot check itself, and what the rulebook marks as unclear, is shown. */
    public static void voorwaardenEnOnduidelijkheden(Regelcontext c, List<Bevinding> uit) {
        Product p = c.product();
        Onduidelijkheden.meld(p.onduidelijk(), p.bron(), c.index(), uit);
        if (c.variant() != null) {
            Onduidelijkheden.meld(c.variant().onduidelijk(), c.variant().bron(), c.index(), uit);
        }
        for (Voorwaarde v : p.voorwaarden()) {
            uit.add(new Bevinding("VOORWAARDE", Ernst.INFO, v.tekst(), v.bron(), c.index()));
            Onduidelijkheden.meld(v.onduidelijk(), v.bron(), c.index(), uit);
        }
    }
}
