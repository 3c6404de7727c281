package nl.indiceer.web.aanvraag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.indiceer.aanvraag.Invoerfout;

/**
 * Where a problem of the engine belongs on the page: from its JSON path ({@code producten[1].posten[0].uren}) to the
 * id of the field ({@code producten-1-posten-0-hoeveelheid}), so that the message stands at that field. The id of a
 * field is its name with {@code [i]} written {@code -i} and {@code .} written {@code -}. A path without a field of its
 * own (a member kept in {@code overig}, a whole line) goes to the nearest enclosing element that has a message place
 * (the post, the line, the running allocation); one with none at all only to the summary at the top.
 *
 * <p>Paths of another JSON document (a normering's {@code taken[0].afwijking.motivering}) are mapped by
 * {@link #koppel}: a JSON path prefix stands for an id prefix.
 */
final class Veldkaart {

    /** The duration keys of a post: on the form they are one amount field with a unit select. */
    private static final Pattern DUUR = Pattern.compile("(producten-\\d+-posten-\\d+)-(minuten|uren|dagdelen|etmalen|stuks)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    /** A problem at its place: {@code id} of the field, or null when only the summary can show it. */
    record Veldfout(String id, String pad, String melding) {
    }

    private final Set<String> ids;
    private final Map<String, String> voorvoegsels = new LinkedHashMap<>();

    Veldkaart(Set<String> ids) {
        this.ids = ids;
    }

    /** The places for messages of the form: every field and every line, post and running allocation. */
    static Veldkaart van(Aanvraagformulier f) {
        return new Veldkaart(ids(f));
    }

    static Set<String> ids(Aanvraagformulier f) {
        Set<String> ids = new LinkedHashSet<>(List.of("regio", "gemeente", "peildatum", "client-geboortedatum"));
        for (int i = 0; i < f.producten().size(); i++) {
            String r = "producten-" + i;
            ids.add(r);
            for (String veld : List.of("product", "variant", "financiering", "aanbieder", "begindatum", "einddatum",
                    "periode", "motivering", "posten")) {
                ids.add(r + "-" + veld);
            }
            for (int j = 0; j < f.producten().get(i).posten().size(); j++) {
                String p = r + "-posten-" + j;
                ids.add(p);
                for (String veld : List.of("omschrijving", "hoeveelheid", "aantal", "per", "hulp")) {
                    ids.add(p + "-" + veld);
                }
            }
        }
        for (int k = 0; k < f.lopende().size(); k++) {
            String l = "lopende_toewijzingen-" + k;
            ids.add(l);
            for (String veld : List.of("id", "product", "aanbieder", "financiering", "begindatum", "einddatum", "volume",
                    "eenheid", "periode")) {
                ids.add(l + "-" + veld);
            }
        }
        return ids;
    }

    /** Paths starting with {@code jsonPad} belong below the element {@code idPad}. */
    Veldkaart koppel(String jsonPad, String idPad) {
        voorvoegsels.put(jsonPad, idPad);
        return this;
    }

    /** The id of the place for a problem at this path, or null for the summary only. */
    String id(String pad) {
        if (pad == null || pad.isEmpty() || pad.startsWith("$")) {
            return null;
        }
        String kandidaat = null;
        String langste = null;
        for (Map.Entry<String, String> e : voorvoegsels.entrySet()) {
            String v = e.getKey();
            if (pad.startsWith(v) && (pad.length() == v.length() || pad.charAt(v.length()) == '.'
                    || pad.charAt(v.length()) == '[') && (langste == null || v.length() > langste.length())) {
                langste = v;
                kandidaat = e.getValue() + INDEX.matcher(pad.substring(v.length())).replaceAll("-$1").replace('.', '-');
            }
        }
        if (kandidaat == null) {
            kandidaat = alsId(pad);
        }
        kandidaat = DUUR.matcher(kandidaat).replaceAll("$1-hoeveelheid");
        while (!kandidaat.isEmpty()) {
            if (ids.contains(kandidaat)) {
                return kandidaat;
            }
            int streep = kandidaat.lastIndexOf('-');
            kandidaat = streep < 0 ? "" : kandidaat.substring(0, streep);
        }
        return null;
    }

    /** "producten[1].posten[0].uren" as "producten-1-posten-0-uren"; a leading separator is dropped. */
    static String alsId(String pad) {
        String s = INDEX.matcher(pad).replaceAll("-$1").replace('.', '-');
        return s.startsWith("-") ? s.substring(1) : s;
    }

    List<Veldfout> plaats(List<Invoerfout> fouten) {
        List<Veldfout> uit = new ArrayList<>();
        for (Invoerfout f : fouten) {
            uit.add(new Veldfout(id(f.pad()), f.pad(), f.melding()));
        }
        return uit;
    }

    /** Messages per field id (several at one field joined), for the message places on the page. */
    static Map<String, String> perVeld(List<Veldfout> fouten) {
        Map<String, String> uit = new LinkedHashMap<>();
        for (Veldfout f : fouten) {
            if (f.id() != null) {
                uit.merge(f.id(), hoofdletter(f.melding()), (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        return uit;
    }

    static String hoofdletter(String melding) {
        if (melding == null || melding.isEmpty()) {
            return "";
        }
        String m = Character.toUpperCase(melding.charAt(0)) + melding.substring(1);
        return m.endsWith(".") ? m : m + ".";
    }

    Set<String> ids() {
        return ids;
    }
}
