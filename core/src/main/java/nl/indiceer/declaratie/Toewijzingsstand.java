package nl.indiceer.declaratie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What has been approved on one allocation so far: the volume used (TR322) and the approved debits a later credit
 * may take back (TR323, TR390) or a second debit may collide with (TR389). Its size is bounded by the allocation's
 * months (one debit per product period, TR389), not by the number of prestaties checked.
 */
final class Toewijzingsstand {

    /** An approved debit, kept only as far as a credit or a second debit needs it. */
    static final class Debet {
        final Prestatie prestatie;
        final long volumeBasis;
        final Map<Integer, Integer> noShowsPerJaar;
        boolean gecrediteerd;

        Debet(Prestatie prestatie, long volumeBasis, Map<Integer, Integer> noShowsPerJaar) {
            this.prestatie = prestatie;
            this.volumeBasis = volumeBasis;
            this.noShowsPerJaar = noShowsPerJaar.isEmpty() ? Map.of() : Map.copyOf(noShowsPerJaar);
        }
    }

    /** Used volume in minutes for a time unit, else in the allocation's unit. */
    long gebruiktBasis;
    final List<Debet> debets = new ArrayList<>(2);
    Debet debet(String referentie) {
        for (Debet d : debets) {
            if (d.prestatie.referentie().equals(referentie)) {
                return d;
            }
        }
        return null;
    }
}
