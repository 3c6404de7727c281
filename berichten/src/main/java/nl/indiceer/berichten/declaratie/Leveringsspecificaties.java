package nl.indiceer.berichten.declaratie;

import java.util.Map;
import java.util.Set;

/**
 * The leveringsspecificatie of one 323: per prestatie (its ReferentieNummer and ToewijzingNummer) the appointments
 * behind it and an absence period. Held for one 323 at a time, so its size is bounded by that message's specification.
 * Remembers which prestaties it was asked for, so a report can say how many had a specification and how many rows named
 * a prestatie that was not in the 323.
 */
public final class Leveringsspecificaties {

    /** No specification: every prestatie is checked with the iStandaarden rules only. */
    public static final Leveringsspecificaties GEEN = new Leveringsspecificaties(Map.of());

    private final Map<String, nl.indiceer.declaratie.Leveringsspecificatie> perPrestatie;
    private final Set<String> gebruikt = new java.util.HashSet<>();

    Leveringsspecificaties(Map<String, nl.indiceer.declaratie.Leveringsspecificatie> perPrestatie) {
        this.perPrestatie = perPrestatie;
    }

    /** The specification of a prestatie, or null when the provider gave none for it. */
    public nl.indiceer.declaratie.Leveringsspecificatie voor(GedeclareerdePrestatie p) {
        if (perPrestatie.isEmpty()) {
            return null;
        }
        String sleutel = sleutel(p.referentieNummer(), Long.toString(p.toewijzingNummer()));
        nl.indiceer.declaratie.Leveringsspecificatie s = perPrestatie.get(sleutel);
        if (s != null) {
            gebruikt.add(sleutel);
        }
        return s;
    }

    /** The number of prestaties the file specifies. */
    public int aantal() {
        return perPrestatie.size();
    }

    /** The number of specified prestaties the 323 asked for. */
    public int gebruikt() {
        return gebruikt.size();
    }

    /** Every specified prestatie, by {@link #sleutel}: for a writer and a test reading it back. */
    Map<String, nl.indiceer.declaratie.Leveringsspecificatie> alle() {
        return perPrestatie;
    }

    static String sleutel(String referentie, String toewijzing) {
        return referentie + '\u0000' + toewijzing;
    }
}
