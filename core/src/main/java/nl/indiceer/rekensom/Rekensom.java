package nl.indiceer.rekensom;

import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Bekostiging;
import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Omrekening;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeopbouw;

/**
 * How the volume of one request line was computed, as structured steps: the posten brought to the line's
 * period, their exact sum, and the allocation rounded up. {@link RekensomTekst#zin(Rekensom)} writes it as
 * the Dutch sentence of the result.
 *
 * @param bekostiging PXQ for a volume; TRAJECT or PLEK for a line allocated as an amount
 * @param stappen     the posten in the order the sentence names them (per week, per month, then totals and
 *                    phases); a line without a volume has one BESCHRIJVING step
 * @param periode     the line's period; null without a volume
 * @param eenheid     the units of the sums; null without a volume
 * @param exact       the exact volume per period in the base unit, the sum of the steps' uitkomst; null without a volume
 * @param toewijzing  the allocation rounded up (per period and over the validity); null without a volume
 * @param duur        the validity
 */
public record Rekensom(Bekostiging bekostiging, List<Rekenstap> stappen, Periode periode, Rekeneenheid eenheid,
                       Breuk exact, Toewijzingsvolume toewijzing, Geldigheidsduur duur) {

    /** The sentence names week posts first, then month posts, then totals and phases. */
    private static final Periode[] VOLGORDE = {Periode.WEEK, Periode.MAAND, Periode.TOTAAL};

    public Rekensom {
        stappen = List.copyOf(stappen);
    }

    /**
     * The rekensom of a build-up for the line's period: each post with the factor that brings it to the
     * period (× or ÷ weeks per month, the weeks or months of the validity) and its exact share.
     *
     * @param toewijzing the allocation computed from {@code opbouw.voor(periode, ...)}
     */
    public static Rekensom van(Volumeopbouw opbouw, Periode periode, Omrekening omrekening, Geldigheidsduur duur,
                               Toewijzingsvolume toewijzing) {
        List<Rekenstap> stappen = new ArrayList<>(opbouw.posten().size());
        for (Periode ronde : VOLGORDE) {
            for (Post p : opbouw.posten()) {
                if ((p.isFase() ? Periode.TOTAAL : p.per()) == ronde) {
                    stappen.add(stap(opbouw, p, periode, omrekening, duur));
                }
            }
        }
        Breuk exact = Breuk.NUL;
        for (Rekenstap s : stappen) {
            exact = exact.plus(s.uitkomst());
        }
        return volume(stappen, periode, new Rekeneenheid(opbouw.basis(), opbouw.producteenheid(), opbouw.minutenPerDagdeel()),
                exact, toewijzing, duur);
    }

    private static Rekenstap stap(Volumeopbouw opbouw, Post p, Periode periode, Omrekening omrekening, Geldigheidsduur duur) {
        Breuk subtotaal = Breuk.van(p.isFase() ? opbouw.inBasis(p).multiply(p.fase()) : opbouw.inBasis(p));
        Periode eigen = p.isFase() ? Periode.TOTAAL : p.per();
        Rekenfactor factor = null;
        Bron bron = null;
        if (eigen != periode) {
            switch (eigen) {
                case WEEK -> {
                    factor = periode == Periode.MAAND ? Rekenfactor.maal(omrekening.wekenPerMaand(), Periode.WEEK)
                            : Rekenfactor.maal(duur.exacteWeken(), Periode.WEEK);
                    bron = periode == Periode.MAAND ? omrekening.wekenPerMaandBron() : omrekening.wekenPerJaarBron();
                }
                case MAAND -> {
                    factor = periode == Periode.WEEK ? Rekenfactor.gedeeldDoor(omrekening.wekenPerMaand(), Periode.WEEK)
                            : Rekenfactor.maal(duur.exacteMaanden(), Periode.MAAND);
                    bron = periode == Periode.WEEK ? omrekening.wekenPerMaandBron() : null;
                }
                case TOTAAL -> {
                    factor = periode == Periode.WEEK ? Rekenfactor.gedeeldDoor(duur.exacteWeken(), Periode.WEEK)
                            : Rekenfactor.gedeeldDoor(duur.exacteMaanden(), Periode.MAAND);
                    bron = periode == Periode.WEEK ? omrekening.wekenPerJaarBron() : null;
                }
            }
        }
        Breuk uitkomst = factor == null ? subtotaal : factor.toegepastOp(subtotaal);
        return new Rekenstap(p.isFase() ? Rekenstap.Soort.FASE : Rekenstap.Soort.POST,
                new Postmaat(p.aantal(), p.duur(), p.eenheid(), p.per(), p.fase()), p.omschrijving(), factor, subtotaal,
                uitkomst, bron, p.hulp());
    }

    public static Rekensom volume(List<Rekenstap> stappen, Periode periode, Rekeneenheid eenheid, Breuk exact,
                                  Toewijzingsvolume toewijzing, Geldigheidsduur duur) {
        return new Rekensom(Bekostiging.PXQ, stappen, periode, eenheid, exact, toewijzing, duur);
    }

    /** A traject or plek: allocated as an amount within the validity, no volume. */
    public static Rekensom bedrag(String productnaam, Bekostiging bekostiging, Geldigheidsduur duur) {
        return new Rekensom(bekostiging, List.of(Rekenstap.beschrijving(productnaam)), null, null, null, null, duur);
    }

    /** A PxQ line without posten (and without an agreed volume): nothing to compute. */
    public static Rekensom zonderPosten(Geldigheidsduur duur) {
        return new Rekensom(Bekostiging.PXQ, List.of(Rekenstap.beschrijving("geen posten")), null, null, null, null, duur);
    }

    public boolean heeftVolume() {
        return toewijzing != null;
    }
}
