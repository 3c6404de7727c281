package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.List;

/**
 * A region's own rules for declaring delivered care (rulebook key {@code declaratieregels}, docs/regeling-formaat.md):
 * what a no-show, a planned absence, a long absence and group time may be declared as. A 323 carries none of these
 * facts (it gives one volume per product period); the check applies a rule when the appointments behind a prestatie
 * are given. A rule with an empty {@code producten} applies to every product of the rulebook.
 */
public record Declaratieregels(List<NoShow> noShow, List<GeplandeAfwezigheid> geplandeAfwezigheid,
                               List<LangeAfwezigheid> langeAfwezigheid, List<Groepstijd> groepstijd) {

    public static final Declaratieregels GEEN = new Declaratieregels(List.of(), List.of(), List.of(), List.of());

    public Declaratieregels {
        noShow = List.copyOf(noShow);
        geplandeAfwezigheid = List.copyOf(geplandeAfwezigheid);
        langeAfwezigheid = List.copyOf(langeAfwezigheid);
        groepstijd = List.copyOf(groepstijd);
    }

    /** What may be declared for an appointment instead: the appointment's own time, or the travel time to it. */
    public enum NoShowVergoeding { AFSPRAAK, REISTIJD }

    /** The time a group session's volume is computed from: all staff present, or the session itself. */
    public enum Groepstijdbasis { HULPVERLENERS, GROEP }

    /**
     * Unplanned absence (the client does not come).
     *
     * @param maximaalPerKalenderjaar null: no maximum; counted per client, per product, per calendar year
     * @param alleenBijClientThuis    only a no-show at the client's home is declarable
     */
    public record NoShow(List<String> producten, boolean declarabel, Integer maximaalPerKalenderjaar,
                         NoShowVergoeding declarerenAls, boolean alleenBijClientThuis, Bron bron, String onduidelijk) {
        public NoShow {
            producten = List.copyOf(producten);
        }
    }

    /** Planned absence (holiday, agreed cancellation). */
    public record GeplandeAfwezigheid(List<String> producten, boolean declarabel, Bron bron, String onduidelijk) {
        public GeplandeAfwezigheid {
            producten = List.copyOf(producten);
        }
    }

    /**
     * Absent more than {@code meerDanAfwezig} in a consecutive period: the first {@code volledigWeken} weeks may be
     * declared in full, after that at most {@code daarnaMaximaal} of the agreed appointments.
     */
    public record LangeAfwezigheid(List<String> producten, BigDecimal meerDanAfwezig, int volledigWeken,
                                   BigDecimal daarnaMaximaal, Bron bron, String onduidelijk) {
        public LangeAfwezigheid {
            producten = List.copyOf(producten);
        }
    }

    /** Time per client of a group session: (session or staff time) x factor / clients present. */
    public record Groepstijd(List<String> producten, Groepstijdbasis tijd, BigDecimal factor, Bron bron,
                             String onduidelijk) {
        public Groepstijd {
            producten = List.copyOf(producten);
        }
    }

    public NoShow noShowVoor(String product) {
        return eerste(noShow, product);
    }

    public GeplandeAfwezigheid geplandeAfwezigheidVoor(String product) {
        return eerste(geplandeAfwezigheid, product);
    }

    public LangeAfwezigheid langeAfwezigheidVoor(String product) {
        return eerste(langeAfwezigheid, product);
    }

    public Groepstijd groepstijdVoor(String product) {
        return eerste(groepstijd, product);
    }

    public boolean isLeeg() {
        return noShow.isEmpty() && geplandeAfwezigheid.isEmpty() && langeAfwezigheid.isEmpty() && groepstijd.isEmpty();
    }

    /** The rule naming the product itself wins over a rule for every product. */
    private static <R extends Record> R eerste(List<R> regels, String product) {
        R algemeen = null;
        for (R r : regels) {
            List<String> producten = producten(r);
            if (producten.contains(product)) {
                return r;
            }
            if (producten.isEmpty() && algemeen == null) {
                algemeen = r;
            }
        }
        return algemeen;
    }

    private static List<String> producten(Record r) {
        if (r instanceof NoShow n) {
            return n.producten();
        }
        if (r instanceof GeplandeAfwezigheid g) {
            return g.producten();
        }
        if (r instanceof LangeAfwezigheid l) {
            return l.producten();
        }
        return ((Groepstijd) r).producten();
    }
}
