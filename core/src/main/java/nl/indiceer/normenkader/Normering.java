package nl.indiceer.normenkader;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.regeling.Periode;
import nl.indiceer.toetsing.Bevinding;

/**
 * The result of the calculator: minutes per task and in total, per week and per month, each rounded up;
 * the normenkader (with its status) and the weeks per month used; and the findings over the whole normering.
 *
 * @param totaalPerWeek  sum of the tasks' rounded week minutes (so the decision's parts add up)
 * @param totaalPerMaand sum of the tasks' rounded month minutes
 */
public record Normering(Normenkader normenkader, LocalDate peildatum, WekenPerMaand wekenPerMaand,
                        List<Taakuitkomst> taken, BigDecimal totaalPerWeek, BigDecimal totaalPerMaand,
                        List<Bevinding> bevindingen) {

    public Normering {
        taken = List.copyOf(taken);
        bevindingen = List.copyOf(bevindingen);
    }

    public Normstatus status() {
        return normenkader.status();
    }

    /** Every finding: those over the whole normering and those of the tasks. */
    public List<Bevinding> alleBevindingen() {
        List<Bevinding> alle = new ArrayList<>(bevindingen);
        taken.forEach(t -> alle.addAll(t.bevindingen()));
        return alle;
    }

    public boolean heeftFout() {
        return alleBevindingen().stream().anyMatch(m -> m.ernst() == Ernst.FOUT);
    }

    /**
     * The result as posten of an engine product line: one post per task (tasks with 0 minutes are left
     * out), its rounded minutes per week or per month, with the task's name as omschrijving.
     */
    public List<Post> posten(Periode periode) {
        if (periode == Periode.TOTAAL) {
            throw new IllegalArgumentException("een normering geeft minuten per week of per maand, niet totaal");
        }
        List<Post> posten = new ArrayList<>();
        for (Taakuitkomst t : taken) {
            BigDecimal minuten = periode == Periode.WEEK ? t.minuten().perWeek() : t.minuten().perMaand();
            if (minuten.signum() > 0) {
                posten.add(new Post(t.taak().naam(), minuten, Eenheid.MINUUT, BigDecimal.ONE, periode, null));
            }
        }
        return posten;
    }

    public BigDecimal totaal(Periode periode) {
        return periode == Periode.WEEK ? totaalPerWeek : totaalPerMaand;
    }
}
