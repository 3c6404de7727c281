package nl.indiceer.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.berekening.Regeluitkomst;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;

/**
 * One line of the letter: what the engine computed, what the consultant asked and wrote, what was decided, under
 * which law, and the normenkader result the volume rests on (null when none was used).
 */
public record Besluitregel(Regeluitkomst uitkomst, Productregel aanvraagregel, Regelbesluit besluit, Wet wet,
                           Normering normering) {

    public Besluitregel {
        Objects.requireNonNull(uitkomst, "uitkomst");
        Objects.requireNonNull(aanvraagregel, "aanvraagregel");
        Objects.requireNonNull(besluit, "besluit");
        Objects.requireNonNull(wet, "wet");
    }

    /**
     * The lines of a decision on a request: line i of the request, its result and decision i, the law from the
     * rulebook version the result was computed with.
     *
     * @param normeringen per line index the normenkader result that line's volume rests on; lines without are absent
     * @throws IllegalArgumentException when the numbers of lines differ or the rulebook is not the one of the result
     */
    public static List<Besluitregel> van(Aanvraag aanvraag, Uitkomst uitkomst, Regeling regeling,
                                         List<Regelbesluit> besluiten, Map<Integer, Normering> normeringen) {
        if (!regeling.versie().equals(uitkomst.toegepast().versie())) {
            throw new IllegalArgumentException("de regeling " + regeling.versie() + " is niet die van de uitkomst "
                    + uitkomst.toegepast().versie());
        }
        if (besluiten.size() != uitkomst.regels().size() || aanvraag.producten().size() != uitkomst.regels().size()) {
            throw new IllegalArgumentException("de aanvraag heeft " + aanvraag.producten().size() + " regels, de uitkomst "
                    + uitkomst.regels().size() + " en er zijn " + besluiten.size() + " besluiten");
        }
        List<Besluitregel> regels = new ArrayList<>(besluiten.size());
        for (int i = 0; i < besluiten.size(); i++) {
            Regeluitkomst r = uitkomst.regels().get(i);
            regels.add(new Besluitregel(r, aanvraag.producten().get(i), besluiten.get(i),
                    Wet.van(regeling, r.productcode(), aanvraag.client(), r.begindatum()), normeringen.get(i)));
        }
        return regels;
    }

    /**
     * As {@link #van(Aanvraag, Uitkomst, Regeling, List, Map)}, with the rulebook version the result names, found
     * among all versions.
     *
     * @throws IllegalArgumentException when that version is not loaded (any more)
     */
    public static List<Besluitregel> van(Aanvraag aanvraag, Uitkomst uitkomst, Regelingen regelingen,
                                         List<Regelbesluit> besluiten, Map<Integer, Normering> normeringen) {
        for (Regeling r : regelingen.versies(uitkomst.regio())) {
            if (r.versie().equals(uitkomst.toegepast().versie())) {
                return van(aanvraag, uitkomst, r, besluiten, normeringen);
            }
        }
        throw new IllegalArgumentException("de regeling " + uitkomst.toegepast().versie() + " is niet geladen");
    }

    /** Every line of the result granted, as the command {@code indiceer brief} shows what granting would produce. */
    public static List<Regelbesluit> allesToegekend(Uitkomst uitkomst) {
        return uitkomst.regels().stream().map(r -> (Regelbesluit) Regelbesluit.Toekenning.gewoon()).toList();
    }

    public boolean toegekend() {
        return besluit instanceof Regelbesluit.Toekenning;
    }
}
