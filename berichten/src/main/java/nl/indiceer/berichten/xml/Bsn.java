package nl.indiceer.berichten.xml;

/** The burgerservicenummer's 11-proef (CS002). */
public final class Bsn {

    private Bsn() {
    }

    public static boolean isGeldig(String bsn) {
        if (bsn == null || bsn.length() != 9) {
            return false;
        }
        for (int i = 0; i < 9; i++) {
            if (bsn.charAt(i) < '0' || bsn.charAt(i) > '9') {
                return false;
            }
        }
        int som = 0;
        for (int i = 0; i < 8; i++) {
            som += (9 - i) * (bsn.charAt(i) - '0');
        }
        som -= bsn.charAt(8) - '0';
        return som % 11 == 0 && !bsn.equals("000000000");
    }
}
