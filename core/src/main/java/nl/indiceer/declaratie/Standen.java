package nl.indiceer.declaratie;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@link Toewijzingsstand} of each allocation with approved prestaties, by ToewijzingNummer. The numbers of iJw and
 * iWmo (LDT_Nummer) are digits: those are kept in an open-addressing table on the number itself, the rest (leading
 * zeros, letters from another source) in an ordinary map, so "0123" and "123" stay different allocations.
 *
 * <p>Why not a {@code HashMap<String, ...>}: it is looked up for every prestatie, and with 100 000 allocations it reached
 * the state through five places in memory (slot, entry, key, the key's bytes, value), each a likely cache miss. Here it
 * is two (the number, the state). JFR showed that lookup as the check's largest own cost (issue 11).
 */
final class Standen {

    private long[] sleutels = new long[16];
    private Toewijzingsstand[] waarden = new Toewijzingsstand[16];
    private int aantalGetallen;
    private final Map<String, Toewijzingsstand> overige = new HashMap<>();

    Toewijzingsstand get(String nummer) {
        long k = getal(nummer);
        if (k < 0) {
            return overige.get(nummer);
        }
        int masker = waarden.length - 1;
        for (int i = plaats(k, masker); ; i = i + 1 & masker) {
            Toewijzingsstand s = waarden[i];
            if (s == null || sleutels[i] == k) {
                return s;
            }
        }
    }

    void put(String nummer, Toewijzingsstand stand) {
        long k = getal(nummer);
        if (k < 0) {
            overige.put(nummer, stand);
            return;
        }
        if (2 * (aantalGetallen + 1) > waarden.length) {
            groei();
        }
        zet(k, stand);
    }

    void remove(String nummer) {
        long k = getal(nummer);
        if (k < 0) {
            overige.remove(nummer);
            return;
        }
        int masker = waarden.length - 1;
        int i = plaats(k, masker);
        while (waarden[i] != null && sleutels[i] != k) {
            i = i + 1 & masker;
        }
        if (waarden[i] == null) {
            return;
        }
        // backward-shift deletion: later entries of the same run move up, so a lookup never stops at a hole early
        int j = i;
        while (true) {
            j = j + 1 & masker;
            if (waarden[j] == null) {
                break;
            }
            int thuis = plaats(sleutels[j], masker);
            boolean blijft = i <= j ? i < thuis && thuis <= j : i < thuis || thuis <= j;
            if (!blijft) {
                sleutels[i] = sleutels[j];
                waarden[i] = waarden[j];
                i = j;
            }
        }
        waarden[i] = null;
        aantalGetallen--;
    }

    int size() {
        return aantalGetallen + overige.size();
    }

    private void zet(long k, Toewijzingsstand stand) {
        int masker = waarden.length - 1;
        int i = plaats(k, masker);
        while (waarden[i] != null && sleutels[i] != k) {
            i = i + 1 & masker;
        }
        if (waarden[i] == null) {
            aantalGetallen++;
        }
        sleutels[i] = k;
        waarden[i] = stand;
    }

    private void groei() {
        long[] oudeSleutels = sleutels;
        Toewijzingsstand[] oudeWaarden = waarden;
        sleutels = new long[oudeSleutels.length * 2];
        waarden = new Toewijzingsstand[oudeWaarden.length * 2];
        aantalGetallen = 0;
        for (int i = 0; i < oudeWaarden.length; i++) {
            if (oudeWaarden[i] != null) {
                zet(oudeSleutels[i], oudeWaarden[i]);
            }
        }
    }

    /** Fibonacci hashing: consecutive numbers (as allocations are numbered) spread over the whole table. */
    private static int plaats(long k, int masker) {
        return (int) (k * 0x9E3779B97F4A7C15L >>> 32) & masker;
    }

    /** The number, or -1 when the text is not plain digits without a leading zero (at most 18). */
    static long getal(String nummer) {
        int n = nummer.length();
        if (n == 0 || n > 18 || n > 1 && nummer.charAt(0) == '0') {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = nummer.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
