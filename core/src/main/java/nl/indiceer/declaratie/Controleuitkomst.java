package nl.indiceer.declaratie;

import java.util.List;

/** The outcome for one prestatie: approved when no finding rejects it. */
public record Controleuitkomst(Prestatie prestatie, List<Declaratiebevinding> bevindingen) {

    public Controleuitkomst {
        bevindingen = List.copyOf(bevindingen);
    }

    public boolean goedgekeurd() {
        // an indexed loop, not a stream or an iterator: called several times for every prestatie of a bulk check
        for (int i = 0; i < bevindingen.size(); i++) {
            if (bevindingen.get(i).code().afkeurend()) {
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
