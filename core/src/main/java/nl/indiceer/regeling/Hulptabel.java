package nl.indiceer.regeling;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A table a consultant picks a post from instead of writing its duration: Achterhoek's "aantal
 * gesprekken/huisbezoeken per week" to minutes per week (000:68-123), or its dagdelen per day at the provider
 * (000:141-153). A request names the table in a post's {@code hulp}, the count in {@code aantal} and, where more
 * than one row fits that count, the row in {@code keuze}; the engine writes the row's duration into the post and
 * names the row and its reason in the rekensom.
 *
 * @param naam         how a request names the table (snake_case, unique in the rulebook)
 * @param omschrijving what the table is, as the source heads it
 * @param telt         what {@code aantal} counts ("gesprekken of huisbezoeken per week"), for the form and the rekensom
 * @param per          the period the rows are meant for; null when the request chooses it (a day at the provider can
 *                     recur per week or per month)
 * @param aard         how the source means its numbers: seed 000 calls them guidelines (000:54-56)
 * @param rijen        the rows, in the source's order
 */
public record Hulptabel(String naam, String omschrijving, String telt, Periode per, Aard aard, List<Rij> rijen,
                        Bron bron, String opmerking, String onduidelijk) {

    public Hulptabel {
        rijen = Onveranderlijk.lijst(rijen);
        aard = aard == null ? Aard.NIET_VERMELD : aard;
    }

    /**
     * One row: for a count from {@code aantalVanaf} up to and including {@code aantalTotEnMet} (open-ended when null),
     * each counted occurrence takes {@code duur} {@code eenheid}, for the source's {@code reden}.
     *
     * @param keuze        how a request names the row (snake_case, unique in the table)
     * @param omschrijving the situation as the source describes it
     */
    public record Rij(String keuze, String omschrijving, BigDecimal duur, Eenheid eenheid, int aantalVanaf,
                      Integer aantalTotEnMet, String reden, Bron bron, String onduidelijk) {

        /** True when this row is meant for {@code aantal} occurrences. */
        public boolean past(BigDecimal aantal) {
            return aantal.compareTo(BigDecimal.valueOf(aantalVanaf)) >= 0
                    && (aantalTotEnMet == null || aantal.compareTo(BigDecimal.valueOf(aantalTotEnMet)) <= 0);
        }

        /** "1", "2 of meer", "1 tot en met 3". */
        public String aantallen() {
            if (aantalTotEnMet == null) {
                return aantalVanaf + " of meer";
            }
            return aantalTotEnMet == aantalVanaf ? String.valueOf(aantalVanaf) : aantalVanaf + " tot en met " + aantalTotEnMet;
        }
    }

    /** The row a request names, or null. */
    public Rij rij(String keuze) {
        for (Rij r : rijen) {
            if (r.keuze().equals(keuze)) {
                return r;
            }
        }
        return null;
    }

    /** The rows meant for {@code aantal} occurrences, in the source's order. */
    public List<Rij> rijenVoor(BigDecimal aantal) {
        List<Rij> uit = new ArrayList<>();
        for (Rij r : rijen) {
            if (r.past(aantal)) {
                uit.add(r);
            }
        }
        return uit;
    }
}
