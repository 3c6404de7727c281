package nl.indiceer.berekening;

import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.RegelingVersie;

/**
 * The rulebook version a result was computed with: region, geldig_vanaf and the SHA-256 of its content,
 * never a file path, so that a stored decision can later show exactly which rules it rests on.
 */
public record ToegepasteRegeling(String naam, RegelingVersie versie) {

    static ToegepasteRegeling van(Regeling r) {
        return new ToegepasteRegeling(r.naam(), r.versie());
    }
}
