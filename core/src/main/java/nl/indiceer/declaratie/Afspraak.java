package nl.indiceer.declaratie;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One agreed appointment behind a prestatie: a fact a 323 does not carry (the provider's specification, the
 * municipality's own registration). Volumes are in the prestatie's unit.
 *
 * @param volume          the agreed time (or number) of the appointment
 * @param bijClientThuis  the appointment was at the client's home (Ridderkerk: a no-show there may be declared as travel time)
 * @param reistijd        the travel time to it, or null when not known
 * @param groep           the group session, or null for an individual appointment
 */
public record Afspraak(LocalDate datum, long volume, Afspraakstatus status, boolean bijClientThuis, Long reistijd,
                       Groepsbijeenkomst groep) {

    public Afspraak {
        Objects.requireNonNull(datum, "datum");
        Objects.requireNonNull(status, "status");
        if (volume < 0 || reistijd != null && reistijd < 0) {
            throw new IllegalArgumentException("volume en reistijd mogen niet negatief zijn");
        }
    }

    public static Afspraak geleverd(LocalDate datum, long volume) {
        return new Afspraak(datum, volume, Afspraakstatus.GELEVERD, false, null, null);
    }

    public static Afspraak noShow(LocalDate datum, long volume) {
        return new Afspraak(datum, volume, Afspraakstatus.NO_SHOW, false, null, null);
    }
}
