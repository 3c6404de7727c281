package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.getal.Breuk;
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
import nl.indiceer.rekensom.Volumeberekening;
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
     * The allocated volume expressed per {@code per} in {@code eenheid}, for showing next to a limit (16
     * digits); null when the units cannot be compared (e.g. etmalen against uren). Compare with
     * {@link #volumeExactIn(Periode, Eenheid)}.
     */
    public BigDecimal volumeIn(Periode per, Eenheid eenheid) {
        Breuk exact = volumeExactIn(per, eenheid);
        return exact == null ? null : exact.decimaal(Geldigheidsduur.MC);
    }

    /**
     * The allocated volume expressed per {@code per} in {@code eenheid}, exactly (a month is the region's
     * weeks per month, e.g. 52/12, not its decimal); null when the units cannot be compared.
     */
    public Breuk volumeExactIn(Periode per, Eenheid eenheid) {
        Toewijzingsvolume volume = volume();
        if (volume == null) {
            return null;
        }
        if (volume.eenheid().isTijd() && eenheid.isTijd()) {
            BigDecimal minutenPerPeriode = Toewijzingsvolume.naarMinuten(volume.volume(), volume.eenheid(), minutenPerDagdeel());
            BigDecimal minutenTotaal = Toewijzingsvolume.naarMinuten(volume.totaal(), volume.eenheid(), minutenPerDagdeel());
            return Toewijzingsvolume.uitMinuten(omrekenen(volume, minutenPerPeriode, minutenTotaal, per), eenheid,
                    minutenPerDagdeel());
        }
        if (volume.eenheid() != eenheid) {
            return null;
        }
        return omrekenen(volume, volume.volume(), volume.totaal(), per);
    }

    private Breuk omrekenen(Toewijzingsvolume volume, BigDecimal perPeriode, BigDecimal totaal, Periode naar) {
        Periode van = volume.periode();
        if (naar == Periode.TOTAAL) {
            return Breuk.van(totaal);
        }
        if (van == naar) {
            return Breuk.van(perPeriode);
        }
        return switch (van) {
            case WEEK -> Breuk.van(perPeriode).maal(constanten.wekenPerMaandExact()); // naar MAAND
            case MAAND -> Breuk.van(perPeriode).gedeeldDoor(constanten.wekenPerMaandExact()); // naar WEEK
            case TOTAAL -> Breuk.van(totaal).gedeeldDoor(duur().aantal(naar));
        };
    }

    /** The product's name, as findings name the line to the consultant. */
    public String naam() {
        return product.naam();
    }
}
