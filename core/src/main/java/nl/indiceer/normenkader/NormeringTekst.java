package nl.indiceer.normenkader;

import static nl.indiceer.aanvraag.VeiligeTekst.schoon;

import java.util.List;
import nl.indiceer.normenkader.Taakinvoer.Capaciteit;
import nl.indiceer.regeling.Bron;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingtekst;
import nl.indiceer.volume.Getal;

/** A normering as readable Dutch text for the terminal. */
public final class NormeringTekst {

    private NormeringTekst() {
    }

    public static String schrijf(Normering n) {
        Normenkader k = n.normenkader();
        StringBuilder s = new StringBuilder();
        s.append("Normenkader: ").append(k.identiteit().naam()).append(" (").append(k.id()).append(")\n");
        s.append("             ").append(k.identiteit().bestand()).append(", geldig vanaf ").append(k.geldigheid().vanaf())
                .append("; peildatum ").append(n.peildatum()).append("\n");
        s.append("Status:      ").append(k.status().tekst()).append("\n");
        s.append("Weken per maand: ").append(n.wekenPerMaand().tekst()).append("\n");
        for (Taakuitkomst t : n.taken()) {
            s.append("\nTaak ").append(t.index() + 1).append(": ").append(t.taak().naam()).append(" (").append(t.taak().code()).append(")");
            if (t.ritme() != null) {
                s.append(", levering ").append(t.ritme().omschrijving());
            }
            s.append("\n");
            s.append("  Per week:  ").append(Getal.nl(t.minuten().perWeek())).append(" minuten\n");
            s.append("  Per maand: ").append(Getal.nl(t.minuten().perMaand())).append(" minuten\n");
            s.append("  Rekensom:  ").append(schoon(t.rekensom())).append("\n");
            for (Capaciteit c : t.invoer().capaciteit()) {
                s.append("  Capaciteit: ").append(c.soort().omschrijving()).append(": ").append(schoon(c.toelichting())).append("\n");
            }
            if (t.invoer().afwijking() != null) {
                s.append("  Afwijking: ").append(t.invoer().afwijking().tijd().waarde().signum() < 0 ? "" : "+")
                        .append(t.invoer().afwijking().tijd().tekst()).append(" ").append(t.invoer().afwijking().per().omschrijving())
                        .append("; motivering: ").append(schoon(t.invoer().afwijking().motivering())).append("\n");
            }
            if (t.invoer().toelichting() != null) {
                s.append("  Toelichting: ").append(schoon(t.invoer().toelichting())).append("\n");
            }
            for (Bron b : t.bronnen()) {
                s.append("  Bron: ").append(b.tekst()).append("\n");
            }
            bevindingen(s, t.bevindingen());
        }
        s.append("\nTotaal: ").append(Getal.nl(n.totaalPerWeek())).append(" minuten per week; ")
                .append(Getal.nl(n.totaalPerMaand())).append(" minuten per maand (som van de naar boven afgeronde taken).\n");
        s.append("\nMeldingen:\n");
        bevindingen(s, n.bevindingen());
        s.append("\nStatus van het normenkader: ").append(k.status().tekst()).append("\n");
        return s.toString();
    }

    private static void bevindingen(StringBuilder s, List<Bevinding> lijst) {
        for (Bevinding b : lijst) {
            s.append("  [").append(b.ernst()).append("] ").append(b.code()).append(": ")
                    .append(schoon(Bevindingtekst.tekst(b)));
            if (b.bron() != null) {
                s.append(" (bron: ").append(schoon(b.bron().tekst())).append(")");
            }
            s.append("\n");
        }
    }
}
