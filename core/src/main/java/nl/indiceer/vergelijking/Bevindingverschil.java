package nl.indiceer.vergelijking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.indiceer.regeling.Ernst;
import nl.indiceer.toetsing.Bevinding;
import nl.indiceer.toetsing.Bevindingcode;
import nl.indiceer.toetsing.Parameters;

/**
 * The findings the new rulebooks add and the ones they drop. A finding is the same on both sides when its code,
 * severity, parameters and lines are: a limit that moves from 10 to 12 hours while still exceeded is one finding
 * dropped and one added, both with the same code (LIMIET_PER_WEEK_OVERSCHREDEN), so that the changed number is seen. Its source is not
 * compared: a new version quotes new lines for unchanged rules.
 *
 * @param toegevoegd findings under the new rulebooks that the old ones did not give, as the new engine gave them
 * @param vervallen  findings under the old rulebooks that the new ones no longer give
 */
public record Bevindingverschil(List<Bevinding> toegevoegd, List<Bevinding> vervallen) {

    public static final Bevindingverschil GEEN = new Bevindingverschil(List.of(), List.of());

    public Bevindingverschil {
        toegevoegd = List.copyOf(toegevoegd);
        vervallen = List.copyOf(vervallen);
    }

    /** Multiset difference both ways: a finding given twice on one side and once on the other counts once. */
    public static Bevindingverschil tussen(List<Bevinding> oud, List<Bevinding> nieuw) {
        if (inDezelfdeVolgorde(oud, nieuw)) {
            return GEEN;
        }
        List<Bevinding> toegevoegd = zonder(nieuw, oud);
        List<Bevinding> vervallen = zonder(oud, nieuw);
        return toegevoegd.isEmpty() && vervallen.isEmpty() ? GEEN : new Bevindingverschil(toegevoegd, vervallen);
    }

    public boolean isLeeg() {
        return toegevoegd.isEmpty() && vervallen.isEmpty();
    }

    public List<Bevindingcode> codesToegevoegd() {
        return toegevoegd.stream().map(Bevinding::code).toList();
    }

    public List<Bevindingcode> codesVervallen() {
        return vervallen.stream().map(Bevinding::code).toList();
    }

    /**
     * Most requests are untouched by a change, and the engine gives their findings in the same order: checked pair by
     * pair first, without building a multiset, since a million requests are compared this way.
     */
    private static boolean inDezelfdeVolgorde(List<Bevinding> a, List<Bevinding> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Bevinding x = a.get(i);
            Bevinding y = b.get(i);
            if (x.code() != y.code() || x.ernst() != y.ernst() || !Objects.equals(x.regel(), y.regel())
                    || !Objects.equals(x.ookRegel(), y.ookRegel()) || !x.parameters().equals(y.parameters())) {
                return false;
            }
        }
        return true;
    }

    /** The findings of {@code a} that {@code b} does not have, counting repeats. */
    private static List<Bevinding> zonder(List<Bevinding> a, List<Bevinding> b) {
        Map<Sleutel, Integer> inB = new LinkedHashMap<>();
        for (Bevinding x : b) {
            inB.merge(Sleutel.van(x), 1, Integer::sum);
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Bevinding x : a) {
            Sleutel s = Sleutel.van(x);
            Integer n = inB.get(s);
            if (n == null || n == 0) {
                uit.add(x);
            } else {
                inB.put(s, n - 1);
            }
        }
        return uit;
    }

    /** What makes two findings the same for a policy officer: everything but the source line. */
    private record Sleutel(Bevindingcode code, Ernst ernst, Parameters parameters, Integer regel, Integer ookRegel) {
        static Sleutel van(Bevinding b) {
            return new Sleutel(b.code(), b.ernst(), b.parameters(), b.regel(), b.ookRegel());
        }
    }
}
