package nl.indiceer.cli;

import static nl.indiceer.aanvraag.VeiligeTekst.schoon;

import java.util.List;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Toewijzing;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.rekensom.RekensomTekst;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingtekst;
import nl.indiceer.toetsing.Combinatieoordeel;
import nl.indiceer.volume.Getal;

/** The result as readable Dutch text for the terminal. */
final class UitkomstTekst {

    private UitkomstTekst() {
    }

    static String schrijf(Uitkomst u) {
        StringBuilder s = new StringBuilder();
        s.append("Regeling: ").append(schoon(u.regeling())).append("\n");
        s.append("          geldig vanaf ").append(u.geldigVanaf()).append(", versie sha256:")
                .append(u.toegepast().versie().hash(), 0, 12).append("…; peildatum ").append(u.peildatum()).append("\n");
        if (u.client() != null) {
            s.append("Cliënt:   ").append(u.client().naam() == null ? "" : schoon(u.client().naam()) + ", ").append("geboren ")
                    .append(u.client().geboortedatum()).append(" (")
                    .append(java.time.Period.between(u.client().geboortedatum(), u.peildatum()).getYears())
                    .append(" jaar op de peildatum)").append(u.gemeente() == null ? "" : "; gemeente " + schoon(u.gemeente())).append("\n");
        }
        for (Regeluitkomst r : u.regels()) {
            s.append("\nRegel ").append(r.index() + 1).append(": ").append(schoon(r.productnaam())).append(" (").append(schoon(r.productcode()))
                    .append(")").append(r.variant() == null ? "" : ", variant " + schoon(r.variant())).append("\n");
            s.append("  ").append(r.financiering().omschrijving()).append(", ").append(r.begindatum()).append(" t/m ")
                    .append(r.einddatum()).append(" (").append(Getal.nl(r.duur().maanden()))
                    .append(r.duur().maanden().compareTo(java.math.BigDecimal.ONE) == 0 ? " maand)\n" : " maanden)\n");
            if (r.volume() != null) {
                s.append("  Volume:   ").append(r.volume().tekst()).append(" (eenheid ").append(r.volume().eenheid().istandaardCode())
                        .append(", frequentie ").append(r.volume().periode().istandaardCode()).append(")\n");
            }
            s.append("  Rekensom: ").append(schoon(RekensomTekst.zin(r.rekensom()))).append("\n");
            s.append("  Kosten:   ").append(r.kosten().rekensom()).append("\n");
            for (nl.indiceer.kosten.Kostenstap k : r.kosten().stappen()) {
                s.append("    - ").append(Kostenstaptekst.regel(k)).append("\n");
            }
            for (Toewijzing t : r.toewijzingen()) {
                if (t.toelichting() != null) {
                    s.append("  Toewijzing: ").append(schoon(t.ontvanger())).append(" - ").append(t.productcode()).append(" ")
                            .append(t.volume()).append(" (").append(t.toelichting()).append(")\n");
                }
            }
            bevindingen(s, r.bevindingen());
        }
        if (!u.combinaties().isEmpty()) {
            s.append("\nCombinaties:\n");
            for (Combinatieoordeel c : u.combinaties()) {
                s.append("  ").append(schoon(Bevindingtekst.waarde(c.a()))).append(" met ").append(schoon(Bevindingtekst.waarde(c.b()))).append(": ")
                        .append(c.oordeel().name().toLowerCase().replace('_', ' ')).append("\n");
            }
        }
        if (!u.bevindingen().isEmpty()) {
            s.append("\nOver de hele aanvraag:\n");
            bevindingen(s, u.bevindingen());
        }
        s.append("\n").append(u.heeftFout() ? "Resultaat: FOUT - deze aanvraag kan zo niet worden toegekend."
                : "Resultaat: geen fouten.").append("\n");
        return s.toString();
    }

    private static void bevindingen(StringBuilder s, List<Bevinding> lijst) {
        for (Bevinding b : lijst) {
            s.append("  [").append(b.ernst()).append("] ").append(b.code()).append(": ").append(schoon(Bevindingtekst.tekst(b)));
            if (b.bron() != null) {
                s.append(" (bron: ").append(b.bron().tekst()).append(")");
            }
            s.append("\n");
        }
    }
}
