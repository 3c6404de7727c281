package nl.indiceer.berichten.toewijzing;

import java.util.Objects;
import nl.indiceer.berichten.Adres;
import nl.indiceer.berichten.Naam;

/**
 * What a 301 needs of a person that a request does not hold: the BSN, the name as the BRP has it, the sex (COD046) and
 * the address (CD034: a BRP address needs its Adres). The date of birth comes from the request.
 */
public record Persoon(String bsn, Naam naam, String geslacht, Adres adres) {

    public Persoon {
        Objects.requireNonNull(bsn, "bsn");
        Objects.requireNonNull(naam, "naam");
        geslacht = geslacht == null ? "0" : geslacht;
    }
}
