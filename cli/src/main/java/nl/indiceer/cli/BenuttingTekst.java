package nl.indiceer.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import nl.indiceer.regeling.Benuttingscijfer;

/**
 * The region's stated utilisation figures as text for {@code regeling toon} (rulebook key {@code benutting}): a range as
 * a range, amounts as the source gives them, the figure a forecast takes, the source and what is unclear.
 */
final class BenuttingTekst {

    private static final String INSPRONG = "    ";

    private BenuttingTekst() {
    }

    /** Empty when the rulebook states no utilisation figures. */
    static String schrijf(List<Benuttingscijfer> cijfers) {
        if (cijfers.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("Benutting (wat de regio zegt over het gebruik van een indicatie)\n");
        for (Benuttingscijfer c : cijfers) {
            s.append(INSPRONG).append(c.omschrijving()).append("\n");
            s.append(INSPRONG).append("  cijfer: ").append(cijfer(c));
            s.append("; de prognose neemt ").append(procent(c.voorPrognose())).append("\n");
            s.append(INSPRONG).append("  producten: ").append(c.producten().isEmpty() ? "geen (alleen getoond)"
                    : String.join(", ", c.producten())).append(" (bron ").append(c.bron().kort()).append(")\n");
            if (c.onduidelijk() != null) {
                s.append(INSPRONG).append("  onduidelijk: ").append(c.onduidelijk()).append("\n");
            }
        }
        return s.toString();
    }

    private static String cijfer(Benuttingscijfer c) {
        if (c.ingezet() != null) {
            return getal(c.ingezet()) + " van " + getal(c.geindiceerd()) + " ingezet = " + procent(c.laag());
        }
        return c.isBereik() ? procent(c.laag()) + " tot " + procent(c.hoog()) : procent(c.laag());
    }

    /** A share as a percentage with at most one decimal, rounded half up (display only; the forecast keeps the share). */
    static String procent(BigDecimal aandeel) {
        return aandeel.movePointRight(2).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString()
                .replace('.', ',') + "%";
    }

    private static String getal(BigDecimal b) {
        return b.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
