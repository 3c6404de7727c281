package nl.indiceer.berekening;

import java.time.LocalDate;
import nl.indiceer.regeling.Regeling;

/** The rulebook version a result was computed with. */
public record ToegepasteRegeling(String regio, String naam, LocalDate geldigVanaf, String bestand) {

    static ToegepasteRegeling van(Regeling r) {
        return new ToegepasteRegeling(r.regio(), r.naam(), r.geldigVanaf(), r.bestand());
    }
}
