package nl.indiceer.berichten.xml;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks the children of one element in the order the schema prescribes, taking each expected element or refusing what
 * comes instead with its line: a missing element, an unexpected one, one in the wrong namespace, a value of the wrong
 * kind. It checks the structure the reader relies on even when no schema is configured.
 */
final class Kinderen {

    private final Knoop ouder;
    private int volgende;

    Kinderen(Knoop ouder) throws OngeldigBerichtException {
        if (ouder.isBlad() && !ouder.tekst.isBlank()) {
            throw new OngeldigBerichtException(ouder.regel, "STRUCTUUR", "element " + ouder.naam
                    + " hoort elementen te bevatten, geen tekst");
        }
        this.ouder = ouder;
    }

    /** The next child if it has this name, else null (an optional element that is absent). */
    Knoop optioneelKnoop(boolean basis, String naam) throws OngeldigBerichtException {
        if (volgende >= ouder.kinderen.size()) {
            return null;
        }
        Knoop k = ouder.kinderen.get(volgende);
        if (!k.naam.equals(naam)) {
            return null;
        }
        if (k.basis != basis) {
            throw new OngeldigBerichtException(k.regel, "NAMESPACE", "element " + naam + " staat in de verkeerde namespace ("
                    + (basis ? "verwacht die van het basisschema" : "verwacht die van het bericht") + ")");
        }
        volgende++;
        return k;
    }

    Knoop knoop(boolean basis, String naam) throws OngeldigBerichtException {
        Knoop k = optioneelKnoop(basis, naam);
        if (k == null) {
            throw ontbreekt(naam);
        }
        return k;
    }

    /** One or more of the same element in a row. */
    List<Knoop> herhaald(boolean basis, String naam) throws OngeldigBerichtException {
        List<Knoop> lijst = new ArrayList<>();
        lijst.add(knoop(basis, naam));
        for (Knoop k = optioneelKnoop(basis, naam); k != null; k = optioneelKnoop(basis, naam)) {
            lijst.add(k);
        }
        return lijst;
    }

    String tekst(boolean basis, String naam) throws OngeldigBerichtException {
        return waarde(knoop(basis, naam));
    }

    String optioneel(boolean basis, String naam) throws OngeldigBerichtException {
        Knoop k = optioneelKnoop(basis, naam);
        return k == null ? null : waarde(k);
    }

    LocalDate datum(boolean basis, String naam) throws OngeldigBerichtException {
        return datum(knoop(basis, naam));
    }

    LocalDate optioneleDatum(boolean basis, String naam) throws OngeldigBerichtException {
        Knoop k = optioneelKnoop(basis, naam);
        return k == null ? null : datum(k);
    }

    LocalTime tijd(boolean basis, String naam) throws OngeldigBerichtException {
        Knoop k = knoop(basis, naam);
        String s = waarde(k);
        try {
            return LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME);
        } catch (DateTimeParseException e) {
            throw new OngeldigBerichtException(k.regel, "WAARDE", naam + " '" + Meldingtekst.schoon(s)
                    + "' is geen tijd (uu:mm:ss, zonder tijdzone)");
        }
    }

    Long getal(boolean basis, String naam, long maximum) throws OngeldigBerichtException {
        Knoop k = knoop(basis, naam);
        return getal(k, maximum);
    }

    Long optioneelGetal(boolean basis, String naam, long maximum) throws OngeldigBerichtException {
        Knoop k = optioneelKnoop(basis, naam);
        return k == null ? null : getal(k, maximum);
    }

    /** Refuses a child that is left over: an element the schema does not have here, or one out of order. */
    void einde() throws OngeldigBerichtException {
        if (volgende < ouder.kinderen.size()) {
            Knoop k = ouder.kinderen.get(volgende);
            throw new OngeldigBerichtException(k.regel, "STRUCTUUR", "element " + Meldingtekst.schoon(k.naam)
                    + " hoort hier niet (in " + ouder.naam + "; onbekend, dubbel of in de verkeerde volgorde)");
        }
    }

    private OngeldigBerichtException ontbreekt(String naam) {
        int regel = volgende < ouder.kinderen.size() ? ouder.kinderen.get(volgende).regel : ouder.regel;
        String gevonden = volgende < ouder.kinderen.size()
                ? "; gevonden: " + Meldingtekst.schoon(ouder.kinderen.get(volgende).naam) : "";
        return new OngeldigBerichtException(regel, "STRUCTUUR", "element " + naam + " ontbreekt in " + ouder.naam + gevonden);
    }

    static String waarde(Knoop k) throws OngeldigBerichtException {
        if (!k.isBlad()) {
            throw new OngeldigBerichtException(k.regel, "STRUCTUUR", "element " + k.naam + " hoort een waarde te hebben, "
                    + "geen elementen");
        }
        if (k.tekst.isBlank()) {
            throw new OngeldigBerichtException(k.regel, "WAARDE", "element " + k.naam + " is leeg");
        }
        return k.tekst.strip();
    }

    /** A date as xs:date without a time zone; an impossible day (31 June) is refused. */
    static LocalDate datum(Knoop k) throws OngeldigBerichtException {
        String s = waarde(k);
        try {
            return LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            boolean vorm = s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
            throw new OngeldigBerichtException(k.regel, "DATUM", k.naam + " '" + Meldingtekst.schoon(s) + "' is "
                    + (vorm ? "geen bestaande datum" : "geen datum (jjjj-mm-dd)"));
        }
    }

    private static Long getal(Knoop k, long maximum) throws OngeldigBerichtException {
        String s = waarde(k);
        if (!s.matches("[0-9]{1,18}") || Long.parseLong(s) > maximum) {
            throw new OngeldigBerichtException(k.regel, "WAARDE", k.naam + " '" + Meldingtekst.schoon(s)
                    + "' is geen geheel getal van 0 tot en met " + maximum);
        }
        return Long.parseLong(s);
    }
}
