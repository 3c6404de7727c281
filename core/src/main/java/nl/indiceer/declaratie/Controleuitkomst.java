package nl.indiceer.declaratie;

import java.util.List;

/** The outcome for one prestatie: approved when no finding rejects it. */
public record Controleuitkomst(Prestatie prestatie, List<Declaratiebevinding> bevindingen) {

    public Controleuitkomst {
        bevindingen = List.copyOf(bevindingen);
    }

    public boolean goedgekeurd() {
        // a loop, not a stream: called for every prestatie of a bulk check
        for (Declaratiebevinding b : bevindingen) {
            if (b.code().afkeurend()) {
                return false;
            }
        }
        return true;
    }

    /** The rejecting findings, in the order they were found. */
    public List<Declaratiebevinding> afkeuringen() {
        return bevindingen.stream().filter(b -> b.code().afkeurend()).toList();
    }

    public boolean heeft(Declaratiecode code) {
        return bevindingen.stream().anyMatch(b -> b.code() == code);
    }
}
