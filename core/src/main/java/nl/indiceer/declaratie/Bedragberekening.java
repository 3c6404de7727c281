package nl.indiceer.declaratie;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * TR346: IngediendBedrag = GeleverdVolume x ProductTarief, unless the unit is euro (83). When an hour tariff is
 * declared in minutes (IV081), the amount is (hour tariff x minutes) / 60, rounded to whole cents "volgens de
 * rekenkundige regels" (1,455 to 1,46: half up), never the rounded minute tariff x minutes.
 */
public final class Bedragberekening {

    private Bedragberekening() {
    }

    /** The amount in eurocents the rule expects, or null when the tariff's unit cannot be applied to this unit. */
    public static Long verwacht(long volume, Eenheid eenheid, Producttarief tarief) {
        if (tarief.eenheid() == eenheid) {
            return Math.multiplyExact(volume, tarief.eurocenten());
        }
        if (tarief.eenheid() == Eenheid.UUR && eenheid == Eenheid.MINUUT) {
            return BigDecimal.valueOf(tarief.eurocenten()).multiply(BigDecimal.valueOf(volume))
                    .divide(BigDecimal.valueOf(60), 0, RoundingMode.HALF_UP).longValueExact();
        }
        if (tarief.eenheid() == Eenheid.MINUUT && eenheid == Eenheid.UUR) {
            return Math.multiplyExact(Math.multiplyExact(volume, 60L), tarief.eurocenten());
        }
        return null;
    }
}
