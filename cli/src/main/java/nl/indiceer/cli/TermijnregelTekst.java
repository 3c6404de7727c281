package nl.indiceer.cli;

import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Termijnregels;

/**
 * The region's own deadlines as text for {@code regeling toon} (rulebook key {@code termijnen}): the no-show decision,
 * evaluation moments and how early a 317 should arrive, each with its source and what is unclear, so that a consultant
 * can check the list in the application against the rulebook.
 */
final class TermijnregelTekst {

    private static final String INSPRONG = "    ";

    private TermijnregelTekst() {
    }

    /** Empty when the rulebook has no deadlines of its own. */
    static String schrijf(Termijnregels t) {
        if (t.noShowBesluit() == null && t.evaluaties().isEmpty() && t.wijzigingsverzoekVooraf().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Termijnen (eigen regels van de regio)\n");
        Termijnregels.NoShowBesluit n = t.noShowBesluit();
        if (n != null) {
            regel(s, "besluit na derde no-show", List.of(), "binnen " + n.weken() + " weken na de melding van de aanbieder",
                    n.bron(), n.onduidelijk());
        }
        for (Termijnregels.Evaluatie e : t.evaluaties()) {
            String vanaf = e.vanaf() == Termijnregels.Vanaf.BEGIN ? "de begindatum" : "de einddatum";
            String wanneer = e.vanafMaanden() == null ? e.maanden() + " maanden"
                    : e.vanafMaanden() + " tot " + e.maanden() + " maanden";
            regel(s, "evaluatie", e.producten(), wanneer + " na " + vanaf + " van de toewijzing", e.bron(), e.onduidelijk());
        }
        for (Termijnregels.WijzigingsverzoekVooraf w : t.wijzigingsverzoekVooraf()) {
            String hoeLang = w.weken() != null ? w.weken() + " weken" : w.werkdagen() + " werkdagen";
            regel(s, "verzoek om wijziging (317)", w.producten(), "minstens " + hoeLang + " voor de ingang van de wijziging"
                    + (w.advies() ? " (advies: later wordt gemeld, niet geweigerd)" : ""), w.bron(), w.onduidelijk());
        }
        return s.toString();
    }

    private static void regel(StringBuilder s, String situatie, List<String> producten, String regel, Bron bron,
                              String onduidelijk) {
        s.append(INSPRONG).append(situatie).append(" (").append(producten.isEmpty() ? "alle producten"
                : String.join(", ", producten)).append("): ").append(regel)
                .append(bron == null ? "" : " (bron " + bron.kort() + ")").append("\n");
        if (onduidelijk != null) {
            s.append(INSPRONG).append("  onduidelijk: ").append(onduidelijk).append("\n");
        }
    }
}
