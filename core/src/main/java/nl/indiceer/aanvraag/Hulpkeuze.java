package nl.indiceer.aanvraag;

import nl.indiceer.regeling.Hulptabel;

/**
 * A post whose duration the consultant takes from a helper table of the rulebook instead of writing it: "2
 * gesprekken per week" from Achterhoek's table (000:68-123) becomes 2 × 60 minuten per week. As read from a request
 * it only names the table and perhaps the row; the engine looks them up ({@link #gekozen}) before it computes.
 *
 * @param tabel     the table's name, as the request's {@code hulp}
 * @param keuze     the row, as the request's {@code keuze}; null in a request that lets the count choose the row
 * @param hulptabel the table once looked up; null in a request as read
 * @param rij       the row once looked up; null in a request as read
 */
public record Hulpkeuze(String tabel, String keuze, Hulptabel hulptabel, Hulptabel.Rij rij) {

    /** What a request says: a table and perhaps a row. */
    public static Hulpkeuze gevraagd(String tabel, String keuze) {
        return new Hulpkeuze(tabel, keuze, null, null);
    }

    /** The table and the row the engine found for it. */
    public static Hulpkeuze gekozen(Hulptabel hulptabel, Hulptabel.Rij rij) {
        return new Hulpkeuze(hulptabel.naam(), rij.keuze(), hulptabel, rij);
    }

    public boolean opgezocht() {
        return rij != null;
    }
}
