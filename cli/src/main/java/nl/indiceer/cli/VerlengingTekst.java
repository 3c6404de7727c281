package nl.indiceer.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Verlenging;
import nl.indiceer.regeling.VerlengingViaVerzoek;
import nl.indiceer.regeling.VerzoekAlsGeheel;

/**
 * The region's extension rule as text for {@code regeling toon} (rulebook key {@code verlenging}): how far an end date may
 * move without extra volume, the provider's own route for it with a verzoek om wijziging (317,
 * {@code via_verzoek_om_wijziging}) and that every 317 is judged as a whole ({@code als_geheel}), each with its source and
 * what is unclear, so that a consultant can check what the application does against the rulebook.
 */
final class VerlengingTekst {

    private static final String INSPRONG = "    ";

    private VerlengingTekst() {
    }

    /** Empty when the rulebook has no extension rule for the whole region. */
    static String schrijf(Verlenging v) {
        if (v == null) {
            return "";
        }
        StringBuilder s = new StringBuilder("Verlenging (eigen regels van de regio)\n");
        regel(s, "verlenging zonder extra omvang", grenzen(v), v.bron(), v.onduidelijk());
        VerlengingViaVerzoek via = v.viaVerzoekOmWijziging();
        if (via != null) {
            String wat = "de aanbieder vraagt de verlenging zelf aan met een verzoek om wijziging (317)"
                    + (via.alleenEinddatum() ? ", alleen om een nieuwe einddatum" : "")
                    + (via.verwijzerType() == null ? "" : "; type verwijzer " + via.verwijzerType());
            regel(s, "via verzoek om wijziging", wat, via.bron(), via.onduidelijk());
            VerzoekAlsGeheel geheel = via.alsGeheel();
            if (geheel != null) {
                regel(s, "verzoek om wijziging als geheel", "elk verzoek om wijziging (317) wordt helemaal toegekend (één "
                        + "301 voor het hele verzoek) of helemaal niet (geen 301; weigeren met een 319)", geheel.bron(),
                        geheel.onduidelijk());
            }
        }
        return s.toString();
    }

    private static String grenzen(Verlenging v) {
        if (!v.toegestaan()) {
            return "niet toegestaan";
        }
        List<String> g = new ArrayList<>();
        if (v.maximaalAantal() != null) {
            g.add("ten hoogste " + v.maximaalAantal() + (v.maximaalAantal() == 1 ? " keer" : " keren"));
        }
        if (v.maximaalFractie() != null) {
            g.add("ten hoogste " + getal(v.maximaalFractie().movePointRight(2)) + "% van de oorspronkelijke periode");
        }
        if (v.maximaalMaanden() != null) {
            g.add("ten hoogste " + getal(v.maximaalMaanden()) + " maanden");
        }
        return g.isEmpty() ? "toegestaan, zonder grens in de regeling" : String.join(", ", g);
    }

    private static String getal(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static void regel(StringBuilder s, String situatie, String regel, Bron bron, String onduidelijk) {
        s.append(INSPRONG).append(situatie).append(": ").append(regel)
                .append(bron == null ? "" : " (bron " + bron.kort() + ")").append("\n");
        if (onduidelijk != null) {
            s.append(INSPRONG).append("  onduidelijk: ").append(onduidelijk).append("\n");
        }
    }
}
