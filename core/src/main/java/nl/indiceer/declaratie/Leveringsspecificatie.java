package nl.indiceer.declaratie;

import java.util.List;

/**
 * The appointments behind one prestatie, and an absence period when there was one: what a region's own rules need
 * and a 323 does not carry. Given, the check applies the region's rules for no-shows, absence and group time.
 *
 * @param afwezigheid null when there was no (long) absence
 */
public record Leveringsspecificatie(List<Afspraak> afspraken, Afwezigheidsperiode afwezigheid) {

    public Leveringsspecificatie {
        afspraken = List.copyOf(afspraken);
    }
}
