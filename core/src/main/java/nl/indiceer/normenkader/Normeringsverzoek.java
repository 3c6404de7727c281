package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The input of the calculator (taken.json): which normenkader, on which date, where the weeks-per-month
 * constant comes from, and the tasks that apply.
 *
 * @param regio            optional: the region whose rulebook gives weeks per month
 * @param wekenPerMaand    optional: an explicit weeks-per-month value ...
 * @param wekenPerMaandBron ... with its source (required with it)
 */
public record Normeringsverzoek(String normenkader, LocalDate peildatum, String regio, BigDecimal wekenPerMaand,
                                String wekenPerMaandBron, List<Taakinvoer> taken) {

    public Normeringsverzoek {
        taken = List.copyOf(taken);
    }

    public Normeringsverzoek metRegio(String andereRegio) {
        return new Normeringsverzoek(normenkader, peildatum, andereRegio, wekenPerMaand, wekenPerMaandBron, taken);
    }
}
