package nl.indiceer.berichten;

import java.util.Objects;

/** Who the message is about, as the 305, 307 and 315 name the client: BSN, date of birth, sex and a short name. */
public record Clientkern(String bsn, Geboortedatum geboortedatum, String geslacht, Naam naam) {

    public Clientkern {
        Objects.requireNonNull(bsn, "bsn");
    }
}
