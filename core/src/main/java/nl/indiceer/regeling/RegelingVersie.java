package nl.indiceer.regeling;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The identity of one loaded rulebook version: region, start date and the SHA-256 of the bytes of the
 * file(s) that make up the version. The same bytes give the same hash wherever they are stored; one
 * changed byte gives another. A stored decision records this to say exactly which rules applied.
 *
 * @param hash 64 lowercase hex digits
 */
public record RegelingVersie(String regio, LocalDate geldigVanaf, String hash) {

    public RegelingVersie {
        Objects.requireNonNull(hash, "hash");
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("een SHA-256 in hex heeft 64 tekens 0-9a-f, niet '" + hash + "'");
        }
    }

    /** For display: {@code noord-limburg 2023-01-01 sha256:ab12cd34…}. */
    public String kort() {
        return regio + " " + geldigVanaf + " sha256:" + hash.substring(0, 8) + "…";
    }

    /** The full identity: {@code noord-limburg 2023-01-01 sha256:<64 hex>}. */
    @Override
    public String toString() {
        return regio + " " + geldigVanaf + " sha256:" + hash;
    }
}
