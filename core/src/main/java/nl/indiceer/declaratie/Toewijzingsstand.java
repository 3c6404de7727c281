package nl.indiceer.declaratie;

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

    /** The allocation this is the state of: kept here so a prestatie costs one map lookup, not two (issue 11). */
    final ToegewezenProduct toewijzing;
    /** Used volume in minutes for a time unit, else in the allocation's unit. */
    long gebruiktBasis;
    /*
     * The approved debits, with beside them in plain arrays what every new prestatie is compared with (TR389: the same
     * period; TR316/TR323: the same reference, by its hash first). Walking the arrays touches one or two cache lines;
     * walking the Debet objects touched one scattered object per debit, and at a million kept debits that walk was
     * the largest single cost of the check (JFR, issue 11).
     */
    private Debet[] debets = new Debet[2];
    private long[] perioden = new long[2];
    private int[] referenties = new int[2];
    private int aantal;

    Toewijzingsstand(ToegewezenProduct toewijzing) {
        this.toewijzing = toewijzing;
    }

    int aantal() {
        return aantal;
    }

    Debet get(int i) {
        return debets[i];
    }

    /** Whether debit i has this reference (the hash compared first: most do not). */
    boolean heeftReferentie(int i, String referentie, int hash) {
        return referenties[i] == hash && debets[i].referentie.equals(referentie);
    }

    /** Whether debit i has the product period with this {@link #periodesleutel}. */
    boolean heeftPeriode(int i, long sleutel) {
        return perioden[i] == sleutel;
    }

    void voegToe(Debet d) {
        if (aantal == debets.length) {
            int n = aantal * 2;
            debets = java.util.Arrays.copyOf(debets, n);
            perioden = java.util.Arrays.copyOf(perioden, n);
            referenties = java.util.Arrays.copyOf(referenties, n);
        }
        debets[aantal] = d;
        perioden[aantal] = periodesleutel(d.beginDag, d.eindDag);
        referenties[aantal] = d.referentie.hashCode();
        aantal++;
    }

    /** Takes this debit out again (a message taken back); the newest is searched first, as it is the usual one. */
    void verwijder(Debet d) {
        for (int i = aantal - 1; i >= 0; i--) {
            if (debets[i] == d) {
                int rest = aantal - i - 1;
                System.arraycopy(debets, i + 1, debets, i, rest);
                System.arraycopy(perioden, i + 1, perioden, i, rest);
                System.arraycopy(referenties, i + 1, referenties, i, rest);
                aantal--;
                debets[aantal] = null;
                return;
            }
        }
    }

    Debet debet(String referentie) {
        int hash = referentie.hashCode();
        for (int i = 0; i < aantal; i++) {
            if (heeftReferentie(i, referentie, hash)) {
                return debets[i];
            }
        }
        return null;
    }

    /** A product period as one number: begin and end as epoch days. */
    static long periodesleutel(long beginDag, long eindDag) {
        return beginDag << 32 | eindDag & 0xFFFFFFFFL;
    }
}
