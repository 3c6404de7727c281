package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.regeling.Duur;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Limiet;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Variant;
import nl.indiceer.regeling.VastVolume;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Rekenconstanten;
import nl.indiceer.volume.Toewijzingsvolume;
import nl.indiceer.volume.Volumeberekening;
import nl.indiceer.volume.Volumeopbouw;

/**
 * Everything the checks of one request line need: the request, the rulebook in force, the product and
 * variant, and the computed volume. Built once per line by the engine.
 */
public record Regelcontext(Aanvraag aanvraag, Regeling regeling, int index, Productregel regel, Product product,
                           Variant variant, Volumeopbouw opbouw, Volumeberekening berekening,
                           Rekenconstanten constanten) {

    /** The allocated volume; null for a traject or plek, or when nothing could be computed. */
    public Toewijzingsvolume volume() {
        return berekening.volume();
    }

    public Geldigheidsduur duur() {
        return berekening.duur();
    }

    public BigDecimal wekenPerMaand() {
        return constanten.wekenPerMaand();
    }

    public BigDecimal minutenPerDagdeel() {
        return constanten.minutenPerDagdeel();
    }

    public List<Limiet> limieten() {
        return variant != null && !variant.limieten().isEmpty() ? variant.limieten() : product.grenzen().limieten();
    }

    public Duur duurregel() {
        return variant != null && variant.duur() != null ? variant.duur() : product.grenzen().duur();
    }

    public VastVolume vastVolume() {
        return variant != null && variant.vastVolume() != null ? variant.vastVolume() : product.grenzen().vastVolume();
    }

    /**
     * The allocated volume expressed per {@code per} in {@code eenheid}, for comparing with a limit; null
     * when the units cannot be compared (e.g. etmalen against uren).
     */
    public BigDecimal volumeIn(Periode per, Eenheid eenheid) {
        Toewijzingsvolume volume = volume();
        if (volume == null) {
            return null;
        }
        BigDecimal waarde;
        if (volume.eenheid().isTijd() && eenheid.isTijd()) {
            BigDecimal minutenPerPeriode = Toewijzingsvolume.naarMinuten(volume.volume(), volume.eenheid(), minutenPerDagdeel());
            BigDecimal minutenTotaal = Toewijzingsvolume.naarMinuten(volume.totaal(), volume.eenheid(), minutenPerDagdeel());
            waarde = omrekenen(minutenPerPeriode, minutenTotaal, per);
            return Toewijzingsvolume.uitMinuten(waarde, eenheid, minutenPerDagdeel());
        }
        if (volume.eenheid() != eenheid) {
            return null;
        }
        return omrekenen(volume.volume(), volume.totaal(), per);
    }

    private BigDecimal omrekenen(BigDecimal perPeriode, BigDecimal totaal, Periode naar) {
        var mc = Geldigheidsduur.MC;
        Periode van = volume().periode();
        if (naar == Periode.TOTAAL) {
            return totaal;
        }
        if (van == naar) {
            return perPeriode;
        }
        return switch (van) {
            case WEEK -> perPeriode.multiply(wekenPerMaand()); // naar MAAND
            case MAAND -> perPeriode.divide(wekenPerMaand(), mc); // naar WEEK
            case TOTAAL -> naar == Periode.WEEK ? totaal.divide(duur().weken(), mc) : totaal.divide(duur().maanden(), mc);
        };
    }

    /** The product's name, as findings name the line to the consultant. */
    public String naam() {
        return product.naam();
    }
}
