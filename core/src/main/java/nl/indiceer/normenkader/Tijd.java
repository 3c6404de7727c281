package nl.indiceer.normenkader;

import java.math.BigDecimal;
import nl.indiceer.volume.Getal;

/**
 * A length of time as the source writes it: in minutes or in hours ("108 uur per jaar"). Kept in its own
 * unit so that the rekensom shows the source's figure; {@link #minuten()} converts exactly.
 */
public record Tijd(BigDecimal waarde, boolean inUren) {

    private static final BigDecimal ZESTIG = BigDecimal.valueOf(60);

    public static Tijd minuten(BigDecimal minuten) {
        return new Tijd(minuten, false);
    }

    public static Tijd uren(BigDecimal uren) {
        return new Tijd(uren, true);
    }

    public BigDecimal minuten() {
        return inUren ? waarde.multiply(ZESTIG) : waarde;
    }

    /** "108 uur", "150 minuten", "1 minuut"; without sign when {@code zonderTeken}. */
    public String tekst(boolean zonderTeken) {
        BigDecimal w = zonderTeken ? waarde.abs() : waarde;
        if (inUren) {
            return Getal.nl(w) + " uur";
        }
        return Getal.nl(w) + (w.abs().compareTo(BigDecimal.ONE) == 0 ? " minuut" : " minuten");
    }

    public String tekst() {
        return tekst(false);
    }
}
