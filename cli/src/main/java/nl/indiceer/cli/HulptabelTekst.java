package nl.indiceer.cli;

import java.util.List;
import nl.indiceer.regeling.Hulptabel;
import nl.indiceer.volume.Volumeopbouw;

/**
 * The rulebook's helper tables as text for {@code regeling toon}: every row a consultant can pick for a post, with
 * its duration, the counts it is meant for, the source's reason and line, and whether the source calls it a guideline.
 */
final class HulptabelTekst {

    private static final String INSPRONG = "    ";

    private HulptabelTekst() {
    }

    /** Empty when the rulebook has no helper tables. */
    static String schrijf(List<Hulptabel> tabellen) {
        if (tabellen.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Hulptabellen voor posten (in een post: \"hulp\", \"keuze\", \"aantal\")\n");
        for (Hulptabel t : tabellen) {
            s.append(INSPRONG).append(t.naam()).append(": ").append(t.omschrijving()).append("; aantal = ").append(t.telt())
                    .append(t.per() == null ? ", per week, maand of totaal (de post kiest)" : ", " + t.per().omschrijving())
                    .append(bron(t.bron())).append(ProductTekst.aard(t.aard())).append("\n");
            for (Hulptabel.Rij r : t.rijen()) {
                s.append(INSPRONG).append("  ").append(r.keuze()).append(": bij ").append(r.aantallen()).append(" elk ")
                        .append(Volumeopbouw.hoeveelheid(r.duur(), r.eenheid())).append(" — ").append(r.omschrijving())
                        .append("; reden: ").append(r.reden()).append(bron(r.bron())).append("\n");
                if (r.onduidelijk() != null) {
                    s.append(INSPRONG).append("    onduidelijk: ").append(r.onduidelijk()).append("\n");
                }
            }
            if (t.opmerking() != null) {
                s.append(INSPRONG).append("  opmerking: ").append(t.opmerking()).append("\n");
            }
            if (t.onduidelijk() != null) {
                s.append(INSPRONG).append("  onduidelijk: ").append(t.onduidelijk()).append("\n");
            }
        }
        return s.toString();
    }

    private static String bron(nl.indiceer.regeling.Bron b) {
        return b == null ? "" : " (bron " + b.kort() + ")";
    }
}
