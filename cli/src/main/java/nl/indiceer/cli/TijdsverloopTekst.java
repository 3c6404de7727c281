package nl.indiceer.cli;

import nl.indiceer.regeling.Garantiefase;
import nl.indiceer.regeling.Leeftijd;
import nl.indiceer.regeling.Leeftijdsuitzondering;
import nl.indiceer.regeling.LifeEvent;
import nl.indiceer.regeling.Tijdsverloop;

/** The rules about changes over time as text for {@code regeling toon}: age exceptions and verlengde jeugdhulp. */
final class TijdsverloopTekst {

    private static final String INSPRONG = "    ";

    private TijdsverloopTekst() {
    }

    /** The exceptions to a product's age limit, one line each (empty when none). */
    static String uitzonderingen(Leeftijd l) {
        StringBuilder s = new StringBuilder();
        for (Leeftijdsuitzondering u : l.uitzonderingen()) {
            s.append(INSPRONG).append("  ").append(uitzondering(u, l.tot() == null ? 0 : l.tot())).append("\n");
        }
        return s.toString();
    }

    /** Verlengde jeugdhulp and the garantiefase (empty when the rulebook states neither). */
    static String schrijf(Tijdsverloop t) {
        if (t.verlengdeJeugdhulp() == null && t.garantiefase() == null && t.lifeEvent() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder("Tijdsverloop\n");
        if (t.verlengdeJeugdhulp() != null) {
            s.append(INSPRONG).append("verlengde jeugdhulp (jeugdwetproduct zonder eigen leeftijdsgrens): ")
                    .append(uitzondering(t.verlengdeJeugdhulp(), 18)).append("\n");
        }
        Garantiefase g = t.garantiefase();
        if (g != null) {
            s.append(INSPRONG).append("garantiefase: binnen ").append(g.maanden())
                    .append(" maanden na einde zorg bij dezelfde aanbieder in hetzelfde segment, als feit ").append(g.feit())
                    .append(" ja is: geen nieuwe indicatie, de einddatum oprekken, geen nieuw trajectbedrag")
                    .append(bron(g.bron())).append("\n");
            for (Garantiefase.Segment seg : g.segmenten()) {
                s.append(INSPRONG).append("  ").append(seg.naam()).append(": ").append(String.join(", ", seg.producten()))
                        .append(bron(seg.bron())).append("\n");
            }
            if (g.onduidelijk() != null) {
                s.append(INSPRONG).append("  onduidelijk: ").append(g.onduidelijk()).append("\n");
            }
        }
        LifeEvent l = t.lifeEvent();
        if (l != null) {
            s.append(INSPRONG).append("life-event: een traject dat voortijdig eindigt (een regel die 'wijzigt' en eerder eindigt) ")
                    .append("wordt, als feit ").append(l.feit()).append(" ja is, naar rato betaald: de trajectprijs ÷ ")
                    .append(l.maandbedrag().omschrijving()).append(" × de maanden waarin hulp is geleverd (")
                    .append(l.deelmaand().omschrijving()).append("), ten hoogste de trajectprijs").append(bron(l.bron()))
                    .append("\n");
            if (l.onduidelijk() != null) {
                s.append(INSPRONG).append("  onduidelijk: ").append(l.onduidelijk()).append("\n");
            }
        }
        return s.toString();
    }

    private static String bron(nl.indiceer.regeling.Bron b) {
        return b == null ? "" : " (bron " + b.kort() + ")";
    }

    private static String uitzondering(Leeftijdsuitzondering u, int tot) {
        String wat = u.vanaf() != null ? "vanaf " + u.vanaf() + " jaar"
                : u.tot() != null ? "tot " + u.tot() + " jaar"
                : "tot " + u.maandenNaTot() + " maanden na de " + tot + "e verjaardag";
        return "bij uitzondering " + wat
                + (u.eenVan().isEmpty() ? " (motiveren)" : " als een van deze feiten ja is: " + String.join(", ", u.eenVan()))
                + (u.bron() == null ? "" : " (bron " + u.bron().kort() + ")")
                + (u.onduidelijk() == null ? "" : "\n" + INSPRONG + "    onduidelijk: " + u.onduidelijk());
    }
}
