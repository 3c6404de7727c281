package nl.indiceer.cli;

import nl.indiceer.regeling.Leeftijd;
import nl.indiceer.regeling.Leeftijdsuitzondering;
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

    /** Verlengde jeugdhulp (empty when the rulebook states none). */
    static String schrijf(Tijdsverloop t) {
        if (t.verlengdeJeugdhulp() == null) {
            return "";
        }
        return "Tijdsverloop\n" + INSPRONG + "verlengde jeugdhulp (jeugdwetproduct zonder eigen leeftijdsgrens): "
                + uitzondering(t.verlengdeJeugdhulp(), 18) + "\n";
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
