package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.VastVolume;

/** An agreed volume (Diagnostiek 1200 min ...) that the consultant's posten differ from needs a motivation. */
public final class VastVolumetoets implements Regeltoets {

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        VastVolume vast = c.vastVolume();
        if (vast == null || c.regel().posten().isEmpty() || c.volume() == null) {
            return List.of();
        }
        BigDecimal gevraagd = c.volumeIn(vast.per(), vast.eenheid());
        if (gevraagd == null || c.volumeExactIn(vast.per(), vast.eenheid()).vergelijk(vast.volume()) == 0) {
            return List.of();
        }
        return List.of(Bevinding.van(Bevindingcode.AFWIJKING_VAST_VOLUME, vast.bron(), c.index(), "product", c.naam(),
                "afgesproken", new Hoeveelheid(vast.volume(), vast.eenheid()), "per", vast.per(), "gevraagd", gevraagd,
                "eenheid", vast.eenheid()));
    }
}
