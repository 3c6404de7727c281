package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much of what a decision line commits is expected to be used: the factor the forecast multiplies the line's
 * committed cost with: the observed utilisation where there is enough data ({@link WaargenomenBenutting}), else the
 * region's stated figure ({@link RegioBenutting}), else 100%, so that the forecast always names its figure.
 */
public interface Benutting {

    /** Where a figure comes from. */
    enum Herkomst {
        /** Observed: realised ÷ committed from approved, answered declarations ({@link WaargenomenBenutting}). */
        WAARGENOMEN,
        /** The region's stated figure, rulebook key {@code benutting}. */
        REGIO,
        /** No figure: 100%. */
        GEEN
    }

    /**
     * A figure the forecast took, with its source.
     *
     * @param aandeel      between 0 and 1
     * @param omschrijving what the figure is about (the rulebook's words), null for {@link Herkomst#GEEN}
     * @param bron         e.g. {@code 001:1796-1800, 1810-1812}; null for {@link Herkomst#GEEN}
     * @param producten    the product codes it applies to
     */
    record Cijfer(BigDecimal aandeel, Herkomst herkomst, String omschrijving, String bron, String onduidelijk,
                  List<String> producten) {

        public static final Cijfer GEEN = new Cijfer(BigDecimal.ONE, Herkomst.GEEN, null, null, null, List.of());

        public Cijfer {
            producten = List.copyOf(producten);
        }
    }

    /** 100% for every line: what the forecast did before figures existed. */
    Benutting HONDERD_PROCENT = regel -> Cijfer.GEEN;

    /** The figure for the line; never null. */
    Cijfer voor(Verplichtingsregel regel);
}
