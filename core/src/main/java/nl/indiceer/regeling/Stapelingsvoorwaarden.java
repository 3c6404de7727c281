package nl.indiceer.regeling;

import java.util.List;

/**
 * The conditions of a conditional combination ({@code oordeel: voorwaardelijk}) that the engine can decide:
 * who provides the two products, and facts the consultant confirms (a different goal, a different family member).
 *
 * @param aanbieder  what the footnote says about the providers, or null
 * @param alleenAls  declared facts ({@link Feit}) that must all be true for the combination
 * @param volledig   these are all the conditions the footnote sets: when every one is met the combination needs no
 *                   further motivation (INFO instead of the conditional warning)
 */
public record Stapelingsvoorwaarden(Aanbiederregel aanbieder, List<String> alleenAls, boolean volledig) {

    public static final Stapelingsvoorwaarden GEEN = new Stapelingsvoorwaarden(null, List.of(), false);

    public Stapelingsvoorwaarden {
        alleenAls = Onveranderlijk.lijst(alleenAls);
    }

    public boolean isLeeg() {
        return aanbieder == null && alleenAls.isEmpty();
    }
}
