package nl.indiceer.rekensom;

import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Periode;

/**
 * How a post is brought to the line's period: "× 4,5 weken" (a week post in a month), "÷ 12 maanden" (a
 * total spread over the months of the validity), "× 47 2/3 weken" (a week post over the validity).
 *
 * @param waarde  exact: 9/2, 13/3, 143/3
 * @param eenheid what the factor counts: WEEK (weken) or MAAND (maanden)
 */
public record Rekenfactor(Bewerking bewerking, Breuk waarde, Periode eenheid) {

    public enum Bewerking {
        MAAL, GEDEELD_DOOR
    }

    public Rekenfactor {
        if (eenheid == Periode.TOTAAL) {
            throw new IllegalArgumentException("een factor telt weken of maanden");
        }
    }

    public static Rekenfactor maal(Breuk waarde, Periode eenheid) {
        return new Rekenfactor(Bewerking.MAAL, waarde, eenheid);
    }

    public static Rekenfactor gedeeldDoor(Breuk waarde, Periode eenheid) {
        return new Rekenfactor(Bewerking.GEDEELD_DOOR, waarde, eenheid);
    }

    /** {@code b} with this factor applied. */
    public Breuk toegepastOp(Breuk b) {
        return bewerking == Bewerking.MAAL ? b.maal(waarde) : b.gedeeldDoor(waarde);
    }
}
