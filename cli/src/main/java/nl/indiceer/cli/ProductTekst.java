package nl.indiceer.cli;

import java.util.List;
import nl.indiceer.regeling.Duur;
import nl.indiceer.regeling.Limiet;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Variant;
import nl.indiceer.volume.Getal;

/** One product of a rulebook as the consultant reads it: unit, periods, tariffs, limits, duration, age, notes. */
final class ProductTekst {

    private static final String INSPRONG = "    ";

    private ProductTekst() {
    }

    static String schrijf(Product p) {
        StringBuilder s = new StringBuilder();
        s.append(p.code()).append("  ").append(p.naam()).append("\n");
        regel(s, "eenheid " + p.eenheid().enkelvoud() + ", " + p.bekostiging().name().toLowerCase() + ", perioden: "
                + String.join(", ", p.perioden().stream().map(Periode::omschrijving).toList())
                + (p.gemeenten().isEmpty() ? "" : "; alleen " + String.join(", ", p.gemeenten())));
        for (Tarief t : p.tarieven()) {
            regel(s, "tarief " + t.financiering().name() + " per " + t.eenheid().enkelvoud()
                    + (t.aanbiedertype() == null ? "" : " (" + t.aanbiedertype() + ")") + ": " + Getal.euro(t.bedrag())
                    + (t.onduidelijk() == null ? "" : "  [onduidelijk]"));
        }
        p.financieringNietToegestaan().forEach(u -> regel(s, "niet als " + u.vorm().omschrijving()));
        if (p.vastVolume() != null) {
            regel(s, "vast volume: " + Getal.nl(p.vastVolume().volume()) + " " + p.vastVolume().eenheid().woord(true) + " "
                    + p.vastVolume().per().omschrijving());
        }
        limieten(s, "", p.limieten());
        duur(s, "", p.duur());
        if (p.leeftijd() != null) {
            regel(s, "leeftijd" + (p.leeftijd().vanaf() == null ? "" : " vanaf " + p.leeftijd().vanaf())
                    + (p.leeftijd().tot() == null ? "" : " tot " + p.leeftijd().tot()) + " jaar");
        }
        for (Variant v : p.varianten()) {
            regel(s, "variant " + v.naam() + (v.omschrijving() == null ? "" : ": " + v.omschrijving()));
            limieten(s, "  ", v.limieten());
            duur(s, "  ", v.duur());
        }
        if (p.onduidelijk() != null) {
            regel(s, "onduidelijk: " + p.onduidelijk());
        }
        return s.toString();
    }

    private static void limieten(StringBuilder s, String extra, List<Limiet> limieten) {
        for (Limiet l : limieten) {
            regel(s, extra + "maximaal " + Getal.nl(l.maximaal()) + " " + l.eenheid().woord(true) + " " + l.per().omschrijving());
        }
    }

    private static void duur(StringBuilder s, String extra, Duur d) {
        if (d == null) {
            return;
        }
        StringBuilder t = new StringBuilder(extra + "duur:");
        if (d.maximaalMaanden() != null) {
            t.append(" maximaal ").append(Getal.nl(d.maximaalMaanden())).append(" maanden");
        }
        if (d.maximaalDagen() != null) {
            t.append(" maximaal ").append(d.maximaalDagen()).append(" dagen");
        }
        if (d.gemiddeldMaanden() != null) {
            t.append(" gemiddeld ").append(Getal.nl(d.gemiddeldMaanden())).append(" maanden");
        }
        regel(s, t.toString());
    }

    private static void regel(StringBuilder s, String tekst) {
        s.append(INSPRONG).append(tekst).append("\n");
    }
}
