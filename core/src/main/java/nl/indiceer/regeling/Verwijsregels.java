package nl.indiceer.regeling;

import java.util.List;
import java.util.Set;

/**
 * What the referral route decides: products only some referrers may deploy, the end of a GI's bepaling at the end of
 * the maatregel, and the time within which the help must start after a medical referral.
 *
 * @param alleenDoor    products and who may deploy them
 * @param maatregel     optional: for these referrers the line ends no later than the maatregel
 * @param intaketermijn optional: for these referrers the help starts within so many months of the referral
 */
public record Verwijsregels(List<AlleenDoor> alleenDoor, Maatregelgrens maatregel, Intaketermijn intaketermijn) {

    public static final Verwijsregels GEEN = new Verwijsregels(List.of(), null, null);

    public Verwijsregels {
        alleenDoor = Onveranderlijk.lijst(alleenDoor);
    }

    /** Names as written in a rulebook ({@code gemeentelijke_toegang}), in the order of {@link Verwijzer}. */
    static List<String> namen(Set<Verwijzer> verwijzers) {
        List<String> uit = new java.util.ArrayList<>();
        for (Verwijzer v : Verwijzer.values()) {
            if (verwijzers.contains(v)) {
                uit.add(v.naam());
            }
        }
        return List.copyOf(uit);
    }

    public boolean isLeeg() {
        return alleenDoor.isEmpty() && maatregel == null && intaketermijn == null;
    }

    /**
     * Products (codes or groups) that only these referrers may deploy.
     *
     * @param inAfstemming another referrer may, in explicit consultation with the referrers named (a WAARSCHUWING asking
     *                     to record it instead of a FOUT; 001:2802-2808)
     */
    public record AlleenDoor(List<String> producten, Set<Verwijzer> verwijzers, boolean inAfstemming, Bron bron,
                             String onduidelijk) {
        public AlleenDoor {
            producten = Onveranderlijk.lijst(producten);
            verwijzers = Set.copyOf(verwijzers);
        }

        /** The referrers as written in a rulebook, in a fixed order. */
        public List<String> verwijzerNamen() {
            return namen(verwijzers);
        }
    }

    /** A line these referrers deploy ends no later than the maatregel (001:3132-3134). */
    public record Maatregelgrens(Set<Verwijzer> verwijzers, Bron bron, String onduidelijk) {
        public Maatregelgrens {
            verwijzers = Set.copyOf(verwijzers);
        }

        /** The referrers as written in a rulebook, in a fixed order. */
        public List<String> verwijzerNamen() {
            return namen(verwijzers);
        }
    }

    /** After a referral by these referrers the help starts within {@code maanden} months (002:202-209). */
    public record Intaketermijn(Set<Verwijzer> verwijzers, int maanden, Bron bron, String onduidelijk) {
        public Intaketermijn {
            verwijzers = Set.copyOf(verwijzers);
        }

        /** The referrers as written in a rulebook, in a fixed order. */
        public List<String> verwijzerNamen() {
            return namen(verwijzers);
        }
    }
}
