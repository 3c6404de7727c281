package nl.indiceer.web.aanvraag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The request form of the pages exactly as the consultant typed it: every value is text, so that nothing typed is
 * lost or changed on the way back to the screen (a "1,5" stays "1,5", a wrong date stays as typed and gets its
 * message). Field names follow the JSON paths of the request format ({@code producten[0].posten[1].omschrijving}), so
 * that the engine's problems find their field (see {@link Veldkaart}). {@link FormulierJson} turns it into the
 * request JSON of docs/aanvraag-formaat.md and back.
 *
 * <p>{@code overig} (top, line, post, running allocation) holds, as JSON text in a hidden field, the members of a
 * stored request that the form has no field for (a {@code verlengt}, a {@code gezin}, a phase's {@code weken}...):
 * an aanvraag made through the API keeps them when it is saved from the page.
 *
 * @param aanvraagId    empty for a new aanvraag
 * @param versie        the stored version the consultant started from (optimistic locking); empty for a new one
 * @param geboortedatum the client's, from the client record (shown, not typed); the save takes it from the record again
 */
public record Aanvraagformulier(String aanvraagId, String versie, String clientId, String geboortedatum,
                                String regio, String gemeente, String peildatum, List<Regel> producten,
                                List<Lopend> lopende, String overig) {

    /** Lines, posts and running allocations above this index are not read (the engine allows 50, 200 and 200). */
    static final int MAXIMALE_INDEX = 999;

    public Aanvraagformulier {
        producten = List.copyOf(producten);
        lopende = List.copyOf(lopende);
    }

    /** A product line. {@code normering}: the normenkader task form of a Wmo line (not stored, see Normeringvelden). */
    public record Regel(String product, String variant, String financiering, String aanbieder, String begindatum,
                        String einddatum, String periode, String motivering, List<Post> posten, String overig,
                        Normeringvelden normering) {

        public Regel {
            posten = List.copyOf(posten);
        }

        public static Regel leeg(String eenheid) {
            return new Regel("", "", "ZIN", "", "", "", "", "", List.of(Post.leeg(eenheid)), "", Normeringvelden.LEEG);
        }

        Regel metPosten(List<Post> andere) {
            return new Regel(product, variant, financiering, aanbieder, begindatum, einddatum, periode, motivering,
                    andere, overig, normering);
        }

        Regel metPostenEnMotivering(List<Post> andere, String andereMotivering, String anderePeriode) {
            return new Regel(product, variant, financiering, aanbieder, begindatum, einddatum, anderePeriode,
                    andereMotivering, andere, overig, normering);
        }
    }

    /**
     * A post: a quantity in one unit (minuten, uren, dagdelen, etmalen, stuks), {@code aantal} times, per week/maand/totaal;
     * or, with {@code hulp} ("contacten_per_week:een_gesprek"), a row of the rulebook's helper table, whose duration the
     * engine fills in ({@code aantal} then counts conversations or days, the quantity is not sent).
     */
    public record Post(String omschrijving, String hoeveelheid, String eenheid, String aantal, String per, String overig,
                       String hulp) {

        /** A post without a helper-table row. */
        public Post(String omschrijving, String hoeveelheid, String eenheid, String aantal, String per, String overig) {
            this(omschrijving, hoeveelheid, eenheid, aantal, per, overig, "");
        }

        public static Post leeg(String eenheid) {
            return new Post("", "", eenheid == null || eenheid.isEmpty() ? "uren" : eenheid, "", "week", "");
        }
    }

    /** A running allocation (entered by hand until decisions exist), fed to the engine's combination checks. */
    public record Lopend(String id, String product, String aanbieder, String financiering, String begindatum,
                         String einddatum, String volume, String eenheid, String periode, String overig) {

        public static Lopend leeg(String id) {
            return new Lopend(id, "", "", "ZIN", "", "", "", "", "", "");
        }
    }

    /** The form of a request's posted fields (the first value of each name). */
    public static Aanvraagformulier van(Map<String, String[]> parameters) {
        Velden v = new Velden(parameters);
        List<Regel> regels = new ArrayList<>();
        for (int i : v.indices("producten")) {
            String r = "producten[" + i + "].";
            List<Post> posten = new ArrayList<>();
            for (int j : v.indices(r + "posten")) {
                String p = r + "posten[" + j + "].";
                posten.add(new Post(v.get(p + "omschrijving"), v.get(p + "hoeveelheid"), v.get(p + "eenheid"),
                        v.get(p + "aantal"), v.get(p + "per"), v.get(p + "overig"), v.get(p + "hulp")));
            }
            regels.add(new Regel(v.get(r + "product"), v.get(r + "variant"), v.get(r + "financiering"),
                    v.get(r + "aanbieder"), v.get(r + "begindatum"), v.get(r + "einddatum"), v.get(r + "periode"),
                    v.get(r + "motivering"), posten, v.get(r + "overig"), Normeringvelden.van(v, r + "normering.")));
        }
        List<Lopend> lopende = new ArrayList<>();
        for (int k : v.indices("lopende_toewijzingen")) {
            String l = "lopende_toewijzingen[" + k + "].";
            lopende.add(new Lopend(v.get(l + "id"), v.get(l + "product"), v.get(l + "aanbieder"),
                    v.get(l + "financiering"), v.get(l + "begindatum"), v.get(l + "einddatum"), v.get(l + "volume"),
                    v.get(l + "eenheid"), v.get(l + "periode"), v.get(l + "overig")));
        }
        return new Aanvraagformulier(v.get("aanvraagId"), v.get("versie"), v.get("clientId"), v.get("geboortedatum"),
                v.get("regio"), v.get("gemeente"), v.get("peildatum"), regels, lopende, v.get("overig"));
    }

    Aanvraagformulier metRegels(List<Regel> andere) {
        return new Aanvraagformulier(aanvraagId, versie, clientId, geboortedatum, regio, gemeente, peildatum, andere,
                lopende, overig);
    }

    Aanvraagformulier metLopende(List<Lopend> andere) {
        return new Aanvraagformulier(aanvraagId, versie, clientId, geboortedatum, regio, gemeente, peildatum, producten,
                andere, overig);
    }

    Aanvraagformulier metOpslag(String id, String andereVersie) {
        return new Aanvraagformulier(id, andereVersie, clientId, geboortedatum, regio, gemeente, peildatum, producten,
                lopende, overig);
    }

    Aanvraagformulier metGeboortedatum(String datum) {
        return new Aanvraagformulier(aanvraagId, versie, clientId, datum, regio, gemeente, peildatum, producten,
                lopende, overig);
    }

    /** The posted fields, by name; indexed names ({@code producten[3].product}) are read by their index. */
    static final class Velden {

        private final Map<String, String[]> parameters;

        Velden(Map<String, String[]> parameters) {
            this.parameters = parameters;
        }

        /** The value as typed (never null; an absent field is empty). */
        String get(String naam) {
            String[] w = parameters.get(naam);
            return w == null || w.length == 0 || w[0] == null ? "" : w[0];
        }

        boolean aan(String naam) {
            return !get(naam).isEmpty();
        }

        /** The indices {@code i} for which some field {@code prefix[i]...} was posted, in order. */
        SortedSet<Integer> indices(String prefix) {
            SortedSet<Integer> uit = new TreeSet<>();
            String begin = prefix + "[";
            for (String naam : parameters.keySet()) {
                if (!naam.startsWith(begin)) {
                    continue;
                }
                int sluit = naam.indexOf(']', begin.length());
                if (sluit <= begin.length() || sluit - begin.length() > 3) {
                    continue;
                }
                String cijfers = naam.substring(begin.length(), sluit);
                if (cijfers.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    int i = Integer.parseInt(cijfers);
                    if (i <= MAXIMALE_INDEX) {
                        uit.add(i);
                    }
                }
            }
            return uit;
        }
    }
}
