package nl.indiceer.declaratie;

/**
 * A group session behind an appointment: its length (in the prestatie's unit), the staff present and the clients
 * present, from which a region's group-time rule computes the time per client.
 */
public record Groepsbijeenkomst(long duur, int hulpverleners, int aanwezigen) {

    public Groepsbijeenkomst {
        if (duur < 0 || hulpverleners < 1 || aanwezigen < 1) {
            throw new IllegalArgumentException("groepsbijeenkomst: duur >= 0, minstens 1 hulpverlener en 1 aanwezige, niet "
                    + duur + "/" + hulpverleners + "/" + aanwezigen);
        }
    }
}
