package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.List;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Periode;

/** More than a week holds (168 hours, 7 etmalen) is a typing error, not an indication. */
public final class OnmogelijkVolumetoets implements Regeltoets {

    private static final BigDecimal UREN_PER_WEEK = BigDecimal.valueOf(7 * 24);

    @Override
    public List<Bevinding> toets(Regelcontext c) {
        if (c.volume() == null) {
            return List.of();
        }
        BigDecimal perWeek = c.volume().eenheid().isTijd() ? c.volumeIn(Periode.WEEK, Eenheid.UUR)
                : c.volume().eenheid() == Eenheid.ETMAAL
                ? c.volumeIn(Periode.WEEK, Eenheid.ETMAAL).multiply(BigDecimal.valueOf(24)) : null;
        if (perWeek == null || perWeek.compareTo(UREN_PER_WEEK) <= 0) {
            return List.of();
        }
        return List.of(Bevinding.van(Bevindingcode.VOLUME_ONMOGELIJK, null, c.index(), "product", c.naam(),
                "uurPerWeek", perWeek));
    }
}
