package nl.indiceer.cli;

import java.util.List;
import java.util.Map;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Tarief;
import nl.indiceer.regeling.Tariefblad;
import nl.indiceer.volume.Getal;

/**
 * The dated tariff lists of a rulebook version for {@code regeling toon}: per list its period, source and what is
 * unclear, and per product the tariffs that replace the rulebook's in that period.
 */
final class TariefbladTekst {

    private static final String INSPRONG = "    ";

    private TariefbladTekst() {
    }

    /** Empty when the version has no tariff lists (its products' own tariffs always apply). */
    static String schrijf(Regeling r) {
        if (r.tariefbladen().isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Tarieven per datum (vervangen de tarieven hierboven voor de genoemde producten; "
                + "een regel over een wissel wordt per deel geprijsd)\n");
        for (Tariefblad b : r.tariefbladen()) {
            s.append(INSPRONG).append("vanaf ").append(b.geldigVanaf())
                    .append(b.geldigTot() == null ? " (tot het einde van de regeling)" : " t/m " + b.geldigTot())
                    .append(": ").append(b.bestand()).append(" (bron ").append(b.bron().kort()).append(")\n");
            if (b.herkomst().opmerking() != null) {
                s.append(INSPRONG).append("  opmerking: ").append(b.herkomst().opmerking()).append("\n");
            }
            if (b.herkomst().onduidelijk() != null) {
                s.append(INSPRONG).append("  onduidelijk: ").append(b.herkomst().onduidelijk()).append("\n");
            }
            for (Map.Entry<String, List<Tarief>> e : b.tarieven().entrySet()) {
                String naam = r.product(e.getKey()) == null ? "" : "  " + r.product(e.getKey()).naam();
                s.append(INSPRONG).append("  ").append(e.getKey()).append(naam).append("\n");
                for (Tarief t : e.getValue()) {
                    s.append(INSPRONG).append("    tarief ").append(t.financiering().name()).append(" per ")
                            .append(t.eenheid().enkelvoud())
                            .append(t.aanbiedertype() == null ? "" : " (" + t.aanbiedertype() + ")").append(": ")
                            .append(Getal.euro(t.bedrag())).append(" (bron ").append(t.bron().kort()).append(")")
                            .append(t.onduidelijk() == null ? "" : "  [onduidelijk: " + t.onduidelijk() + "]").append("\n");
                }
            }
        }
        return s.toString();
    }
}
