package nl.indiceer.toetsing;

import nl.indiceer.regeling.Bron;
import nl.indiceer.regeling.Oordeel;

/** The verdict on one pair: a line of the request with another line or with a running allocation. */
public record Combinatieoordeel(Betrokkene a, Betrokkene b, Oordeel oordeel, String toelichting, Bron bron) {
}
