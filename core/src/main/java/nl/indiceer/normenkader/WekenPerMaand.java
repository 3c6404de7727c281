package nl.indiceer.normenkader;

import java.math.BigDecimal;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Constante;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;

/**
 * How many weeks a month counts, and where that number comes from: the region's rulebook, an explicit
 * value with its source, or (no region) 52/12, kept as an exact fraction.
 *
 * @param tekst   as shown in a rekensom: "52/12", "4,5"
 * @param bevinding how the value was chosen, shown in the result ({@link Bevindingcode#WEKEN_PER_MAAND} or
 *                  {@link Bevindingcode#WEKEN_PER_MAAND_NIET_IN_REGELING})
 */
public record WekenPerMaand(Breuk waarde, String tekst, Bevinding bevinding) {

    /**
     * The plausible range of a weeks-per-month value given in the input: 52/12 ≈ 4,33 and the 4,5 some
     * regions count lie well inside; 0, a negative number or 30 is a typo.
     */
    public static final BigDecimal MINIMUM = BigDecimal.valueOf(4);
    public static final BigDecimal MAXIMUM = BigDecimal.valueOf(5);

    /** Whether a weeks-per-month value lies in [{@link #MINIMUM}, {@link #MAXIMUM}]. */
    public static boolean aannemelijk(BigDecimal waarde) {
        return waarde.compareTo(MINIMUM) >= 0 && waarde.compareTo(MAXIMUM) <= 0;
    }

    /** 52 weeks per year ÷ 12 months, exactly. */
    public static WekenPerMaand standaard() {
        return new WekenPerMaand(Breuk.van(BigDecimal.valueOf(52), BigDecimal.valueOf(12)), "52/12",
                Bevinding.van(Bevindingcode.WEKEN_PER_MAAND, null, null, "wekenPerMaand", "52/12"));
    }

    /**
     * The rulebook's weken_per_maand; without one, 52/12 (as the indication engine then counts), said so
     * with the engine's own warning because the regions differ (Achterhoek counts 4,5).
     */
    public static WekenPerMaand uitRegeling(Regeling regeling) {
        Constante c = regeling.constanten() == null ? null : regeling.constanten().wekenPerMaand();
        if (c == null) {
            WekenPerMaand kalender = standaard();
            return new WekenPerMaand(kalender.waarde(), kalender.tekst(), Bevinding.van(
                    Bevindingcode.WEKEN_PER_MAAND_NIET_IN_REGELING, regeling.bron(), null,
                    "wekenPerMaand", kalender.waarde().decimaal(4)));
        }
        Bevinding b = Bevinding.van(Bevindingcode.WEKEN_PER_MAAND, c.bron(), null, "regio", regeling.regio(),
                "wekenPerMaand", weergave(c), "bestand", regeling.bestand(), "geldigVanaf", regeling.geldigVanaf(),
                "onduidelijk", c.onduidelijk());
        return new WekenPerMaand(exact(c), weergave(c), c.onduidelijk() != null ? b.metErnst(Ernst.WAARSCHUWING) : b);
    }

    /** A rulebook value written as a fraction (52/12) stays an exact fraction here. */
    private static Breuk exact(Constante c) {
        if (c.weergave() != null && c.weergave().contains("/")) {
            String[] delen = c.weergave().split("/");
            return Breuk.van(new BigDecimal(delen[0].trim()), new BigDecimal(delen[1].trim()));
        }
        return Breuk.van(c.waarde());
    }

    private static String weergave(Constante c) {
        return c.weergave() != null && c.weergave().contains("/") ? c.weergave().replace(" ", "") : tekst(c.waarde());
    }

    /** A value given in taken.json with its source. */
    public static WekenPerMaand opgegeven(BigDecimal waarde, String bron) {
        return new WekenPerMaand(Breuk.van(waarde), tekst(waarde), Bevinding.van(Bevindingcode.WEKEN_PER_MAAND,
                bron == null ? null : Bron.omschreven(bron), null, "wekenPerMaand", tekst(waarde), "opgegeven", true));
    }

    /** Every decimal, with a comma: 4.3333 stays "4,3333" (never shown shorter than it counts). */
    static String tekst(BigDecimal w) {
        BigDecimal s = w.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString().replace('.', ',');
    }
}
