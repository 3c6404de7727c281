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

    /**
     * An approved debit, kept only as far as a credit (TR323: the fields it must repeat) or a second debit (TR389: the
     * same product period) needs it. Its own fields rather than the whole {@link Prestatie}, with the period as two epoch
     * days: about 900 000 of these stay alive in a full month's check, and the smaller they are, the less the garbage
     * collector copies and marks (issue 11: throughput and 512 MB). The texts are the allocation's own instances where
     * they are equal, so kept debits do not hold a copy each.
     */
    static final class Debet {
        final String referentie;
        final String productcategorie;
        final String productcode;
        final int beginDag;
        final int eindDag;
        final long geleverdVolume;
        final Eenheid eenheid;
        final long ingediendBedrag;
        final long volumeBasis;
        final Map<Integer, Integer> noShowsPerJaar;
        boolean gecrediteerd;

        Debet(ToegewezenProduct t, Prestatie p, long volumeBasis, Map<Integer, Integer> noShowsPerJaar) {
            this.referentie = p.referentie();
            this.productcategorie = gedeeld(t.productcategorie(), p.productcategorie());
            this.productcode = gedeeld(t.productcode(), p.productcode());
            this.beginDag = Math.toIntExact(p.begin().toEpochDay());
            this.eindDag = Math.toIntExact(p.eind().toEpochDay());
            this.geleverdVolume = p.geleverdVolume();
            this.eenheid = p.eenheid();
            this.ingediendBedrag = p.ingediendBedrag();
            this.volumeBasis = volumeBasis;
            this.noShowsPerJaar = noShowsPerJaar.isEmpty() ? Map.of() : Map.copyOf(noShowsPerJaar);
        }

        /** The same product period as this prestatie's. */
        boolean zelfdePeriode(Prestatie p) {
            return beginDag == p.begin().toEpochDay() && eindDag == p.eind().toEpochDay();
        }

        private static String gedeeld(String vanToewijzing, String vanPrestatie) {
            return vanToewijzing != null && vanToewijzing.equals(vanPrestatie) ? vanToewijzing : vanPrestatie;
        }
    }

    /** Used volume in minutes for a time unit, else in the allocation's unit. */
    long gebruiktBasis;
    final List<Debet> debets = new ArrayList<>(2);
    Debet debet(String referentie) {
        for (Debet d : debets) {
            if (d.referentie.equals(referentie)) {
                return d;
            }
        }
        return null;
    }
}
