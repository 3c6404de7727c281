package nl.indiceer.web.sturing;

import java.time.LocalDate;
import nl.indiceer.regeling.Benuttingscijfer;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;

/**
 * The region's stated utilisation figure of a line's product (rulebook key {@code benutting}): from the rulebook version
 * in force on the forecast's day in the region the line's municipality belongs to (the region's latest statement, not
 * the one of the version the decision was taken under: a forecast looks ahead). The upper end of a range
 * ({@link Benuttingscijfer#voorPrognose}); 100% for a product without a figure. Pure: no Spring, no database.
 */
public final class RegioBenutting implements Benutting {

    private final Regelingen regelingen;
    private final LocalDate peildatum;

    public RegioBenutting(Regelingen regelingen, LocalDate peildatum) {
        this.regelingen = regelingen;
        this.peildatum = peildatum;
    }

    @Override
    public Cijfer voor(Verplichtingsregel regel) {
        for (String regio : regelingen.regios()) {
            Regeling r = regelingen.voor(regio, peildatum);
            if (r == null || r.gemeente(regel.gemeente()) == null) {
                continue;
            }
            Benuttingscijfer c = r.benutting(regel.product());
            return c == null ? Cijfer.GEEN : new Cijfer(c.voorPrognose(), Herkomst.REGIO, c.omschrijving(),
                    c.bron().kort(), c.onduidelijk(), c.producten());
        }
        return Cijfer.GEEN;
    }
}
