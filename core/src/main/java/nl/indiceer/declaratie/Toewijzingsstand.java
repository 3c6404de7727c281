package nl.indiceer.declaratie;

import java.util.Arrays;
import java.util.Map;

/**
 * What has been approved on one allocation so far: the volume used (TR322) and the approved debits a later credit
 * may take back (TR323, TR390) or a second debit may collide with (TR389). Its size is bounded by the allocation's
 * months (one debit per product period, TR389), not by the number of prestaties checked.
 *
 * <p>An approved debit is kept only as far as a credit (TR323: the fields it must repeat) or a second debit (TR389: the
 * same product period; TR316: the same reference) needs it, and not as an object of its own: its numbers in one
 * {@code long[]}, its reference's characters in one {@code char[]}, its product texts only when they are not the
 * allocation's own. A month's check keeps about 940 000 approved debits alive; as objects (a record, its
 * reference String and that String's bytes: three per debit) the garbage collector copied and marked them again and
 * again, and comparing a new prestatie with them walked one scattered object per debit. Issue 11's throughput
 * requirement made the difference (JFR: the collector's pauses and that walk were the check's largest costs).
 *
 * <p>Debits are only added at the end and only the newest is removed (a message taken back undoes its bookings newest
 * first), so a debit's index stays valid for as long as the debit is kept.
 */
final class Toewijzingsstand {

    /** Longs per debit in {@link #getallen}. */
    private static final int STAP = 5;
    private static final int PERIODE = 0;
    private static final int VOLUME = 1;
    private static final int BEDRAG = 2;
    /** The reference's hash (high 32 bits) and where its characters start in {@link #tekens} (low 32 bits). */
    private static final int REFERENTIE = 3;
    /**
     * The reference's length (bits 16-31), the unit's ordinal (bits 8-15), whether the debit's product category and
     * code are its own rather than the allocation's (bit 1, see {@link #producten}) and whether credited (bit 0).
     */
    private static final int KENMERKEN = 4;
    private static final Eenheid[] EENHEDEN = Eenheid.values();

    /** The allocation this is the state of: kept here so a prestatie costs one map lookup, not two (issue 11). */
    final ToegewezenProduct toewijzing;
    /** Used volume in minutes for a time unit, else in the allocation's unit. */
    long gebruiktBasis;

    private int aantal;
    private long[] getallen;
    /**
     * Product category and code of each debit whose product is not the allocation's own, two per debit; null while every
     * debit has the allocation's (nearly always: a debit with another category is refused, a different code only passes
     * when the allocation names no code).
     */
    private Object[] producten;
    private char[] tekens;
    private int tekensGebruikt;
    /** The no-shows per calendar year each debit declared (a region's rule); null while no debit declared any. */
    private Object[] noShows;

    Toewijzingsstand(ToegewezenProduct toewijzing) {
        this.toewijzing = toewijzing;
        // room for one debit per month of the allocation (TR389 allows one per product period): growing the arrays
        // later leaves the old ones behind as garbage among the long-lived data, which the collector must clean up
        int debets = verwachteDebets(toewijzing);
        getallen = new long[debets * STAP];
        tekens = new char[debets * 12];
    }

    /** The calendar months the allocation spans, between 2 and 24; 4 for an open end. */
    private static int verwachteDebets(ToegewezenProduct t) {
        if (t.einddatum() == null) {
            return 4;
        }
        long maanden = (t.einddatum().getYear() - t.ingangsdatum().getYear()) * 12L
                + t.einddatum().getMonthValue() - t.ingangsdatum().getMonthValue() + 1;
        return (int) Math.max(2, Math.min(24, maanden));
    }

    /** The product period as one number: begin and end as epoch days. */
    static long periodesleutel(long beginDag, long eindDag) {
        return beginDag << 32 | eindDag & 0xFFFFFFFFL;
    }

    int aantal() {
        return aantal;
    }

    /** Keeps an approved debit. */
    void voegToe(Prestatie p, Map<Integer, Integer> noShowsPerJaar) {
        String referentie = p.referentie();
        if (referentie.length() > 0xFFFF) {
            // its length has 16 bits in KENMERKEN; a 323's ReferentieNummer has at most 36 characters
            throw new IllegalArgumentException("referentie langer dan 65535 tekens");
        }
        if (aantal * STAP == getallen.length) {
            getallen = Arrays.copyOf(getallen, getallen.length * 2);
            if (producten != null) {
                producten = Arrays.copyOf(producten, producten.length * 2);
            }
            if (noShows != null) {
                noShows = Arrays.copyOf(noShows, noShows.length * 2);
            }
        }
        if (tekensGebruikt + referentie.length() > tekens.length) {
            // grows by half: a reference is 1 to 36 characters, and the arrays live as long as the check
            tekens = Arrays.copyOf(tekens, Math.max(tekens.length + tekens.length / 2, tekensGebruikt + referentie.length()));
        }
        referentie.getChars(0, referentie.length(), tekens, tekensGebruikt);
        int g = aantal * STAP;
        getallen[g + PERIODE] = periodesleutel(p.begin().toEpochDay(), p.eind().toEpochDay());
        getallen[g + VOLUME] = p.geleverdVolume();
        getallen[g + BEDRAG] = p.ingediendBedrag();
        getallen[g + REFERENTIE] = (long) referentie.hashCode() << 32 | tekensGebruikt;
        boolean eigenProduct = !java.util.Objects.equals(p.productcategorie(), toewijzing.productcategorie())
                || !java.util.Objects.equals(p.productcode(), toewijzing.productcode());
        getallen[g + KENMERKEN] = (long) referentie.length() << 16 | p.eenheid().ordinal() << 8 | (eigenProduct ? 2 : 0);
        if (eigenProduct) {
            if (producten == null) {
                producten = new Object[getallen.length / STAP * 2];
            }
            producten[2 * aantal] = p.productcategorie();
            producten[2 * aantal + 1] = p.productcode();
        }
        if (!noShowsPerJaar.isEmpty()) {
            if (noShows == null) {
                noShows = new Object[getallen.length / STAP];
            }
            noShows[aantal] = Map.copyOf(noShowsPerJaar);
        }
        tekensGebruikt += referentie.length();
        aantal++;
    }

    /** Takes the newest debit out again (a message taken back, newest booking first). */
    void verwijderLaatste() {
        aantal--;
        tekensGebruikt -= lengte(aantal);
        if (producten != null) {
            producten[2 * aantal] = null;
            producten[2 * aantal + 1] = null;
        }
        if (noShows != null) {
            noShows[aantal] = null;
        }
    }

    /** The index of the debit with this reference, or -1. */
    int index(String referentie) {
        int hash = referentie.hashCode();
        for (int i = 0; i < aantal; i++) {
            if (heeftReferentie(i, referentie, hash)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether debit i has this reference (the hash compared first: most do not). */
    boolean heeftReferentie(int i, String referentie, int hash) {
        long r = getallen[i * STAP + REFERENTIE];
        if ((int) (r >>> 32) != hash || lengte(i) != referentie.length()) {
            return false;
        }
        int van = (int) r;
        for (int k = 0; k < referentie.length(); k++) {
            if (tekens[van + k] != referentie.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether debit i has the product period with this {@link #periodesleutel}. */
    boolean heeftPeriode(int i, long sleutel) {
        return getallen[i * STAP + PERIODE] == sleutel;
    }

    String referentie(int i) {
        return new String(tekens, (int) getallen[i * STAP + REFERENTIE], lengte(i));
    }

    String productcategorie(int i) {
        return eigenProduct(i) ? (String) producten[2 * i] : toewijzing.productcategorie();
    }

    String productcode(int i) {
        return eigenProduct(i) ? (String) producten[2 * i + 1] : toewijzing.productcode();
    }

    private boolean eigenProduct(int i) {
        return (getallen[i * STAP + KENMERKEN] & 2) != 0;
    }

    boolean gecrediteerd(int i) {
        return (getallen[i * STAP + KENMERKEN] & 1) != 0;
    }

    void zetGecrediteerd(int i, boolean gecrediteerd) {
        getallen[i * STAP + KENMERKEN] = getallen[i * STAP + KENMERKEN] & ~1L | (gecrediteerd ? 1 : 0);
    }

    /** The volume in minutes for a time unit, else in the unit: what it added to {@link #gebruiktBasis}. */
    long volumeBasis(int i) {
        return Math.multiplyExact(getallen[i * STAP + VOLUME], eenheid(i).basisPerEenheid());
    }

    Map<Integer, Integer> noShowsPerJaar(int i) {
        @SuppressWarnings("unchecked")
        Map<Integer, Integer> n = noShows == null ? null : (Map<Integer, Integer>) noShows[i];
        return n == null ? Map.of() : n;
    }

    /** TR323: a credit is (nearly) identical to its debit; the first field that differs, or null. */
    String verschil(int i, Prestatie credit) {
        if (!heeftPeriode(i, periodesleutel(credit.begin().toEpochDay(), credit.eind().toEpochDay()))) {
            return "ProductPeriode";
        }
        if (!java.util.Objects.equals(productcategorie(i), credit.productcategorie())) {
            return "ProductCategorie";
        }
        if (!java.util.Objects.equals(productcode(i), credit.productcode())) {
            return "ProductCode";
        }
        if (getallen[i * STAP + VOLUME] != credit.geleverdVolume() || eenheid(i) != credit.eenheid()) {
            return "GeleverdVolume";
        }
        if (getallen[i * STAP + BEDRAG] != credit.ingediendBedrag()) {
            return "IngediendBedrag";
        }
        return null;
    }

    private Eenheid eenheid(int i) {
        return EENHEDEN[(int) (getallen[i * STAP + KENMERKEN] >>> 8) & 0xFF];
    }

    private int lengte(int i) {
        return (int) (getallen[i * STAP + KENMERKEN] >>> 16) & 0xFFFF;
    }

}
