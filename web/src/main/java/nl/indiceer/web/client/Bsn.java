package nl.indiceer.web.client;

/**
 * The burgerservicenummer check (elfproef): 9 digits, 9·d1 + 8·d2 + ... + 2·d8 − 1·d9 divisible by 11,
 * and not all zeros. Never logs or echoes the number.
 */
public final class Bsn {

    private Bsn() {
    }

    public static boolean geldig(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        int som = 0;
        boolean alleenNullen = true;
        for (int i = 0; i < 9; i++) {
            char c = bsn.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            int d = c - '0';
            alleenNullen &= d == 0;
            som += i < 8 ? (9 - i) * d : -d;
        }
        return !alleenNullen && som % 11 == 0;
    }
}
