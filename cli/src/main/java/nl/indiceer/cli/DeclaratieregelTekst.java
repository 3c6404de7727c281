package nl.indiceer.cli;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Declaratieregels;

/**
 * The region's own declaration rules as text for {@code regeling toon} (rulebook key {@code declaratieregels}): what a
 * no-show, a planned or long absence and group time may be declared as, each with its source and what is unclear.
 */
final class DeclaratieregelTekst {

    private static final String INSPRONG = "    ";

    private DeclaratieregelTekst() {
    }

    /** Empty when the rulebook has no declaration rules of its own. */
    static String schrijf(Declaratieregels d) {
        if (d.noShow().isEmpty() && d.geplandeAfwezigheid().isEmpty() && d.langeAfwezigheid().isEmpty()
                && d.groepstijd().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Declareren (eigen regels van de regio)\n");
        for (Declaratieregels.NoShow n : d.noShow()) {
            String regel = !n.declarabel() ? "niet declarabel"
                    : n.declarerenAls() == Declaratieregels.NoShowVergoeding.REISTIJD
                    ? "alleen de reistijd, op de code van de bedoelde hulp" : "de tijd van de afspraak";
            regel += n.maximaalPerKalenderjaar() == null ? "" : "; ten hoogste " + n.maximaalPerKalenderjaar()
                    + " per kalenderjaar per product";
            regel += n.alleenBijClientThuis() ? "; alleen bij de cliënt thuis" : "";
            regel(s, "no-show", n.producten(), regel, n.bron(), n.onduidelijk());
        }
        for (Declaratieregels.GeplandeAfwezigheid a : d.geplandeAfwezigheid()) {
            regel(s, "geplande afwezigheid", a.producten(), a.declarabel() ? "declarabel" : "niet declarabel", a.bron(),
                    a.onduidelijk());
        }
        for (Declaratieregels.LangeAfwezigheid l : d.langeAfwezigheid()) {
            regel(s, "lange afwezigheid", l.producten(), "meer dan " + procent(l.meerDanAfwezig()) + " afwezig: de eerste "
                    + l.volledigWeken() + " weken helemaal, daarna ten hoogste " + procent(l.daarnaMaximaal())
                    + " van de afgesproken afspraken", l.bron(), l.onduidelijk());
        }
        for (Declaratieregels.Groepstijd g : d.groepstijd()) {
            regel(s, "groepstijd", g.producten(), (g.tijd() == Declaratieregels.Groepstijdbasis.HULPVERLENERS
                    ? "tijd van alle hulpverleners samen" : "duur van de bijeenkomst") + " × "
                    + g.factor().stripTrailingZeros().toPlainString().replace('.', ',') + " ÷ aanwezige cliënten",
                    g.bron(), g.onduidelijk());
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

    private static String procent(BigDecimal fractie) {
        return fractie.movePointRight(2).stripTrailingZeros().toPlainString().replace('.', ',') + "%";
    }
}
