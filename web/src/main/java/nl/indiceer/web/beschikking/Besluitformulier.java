package nl.indiceer.web.beschikking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Besluiten page's form exactly as typed (all text, so nothing typed is lost when the page comes back with a 422):
 * the soort of decision, the decision it changes, the request version the consultant looked at, and per request line
 * ({@code regels[i].besluit}, {@code .reden}, {@code .hardheidsclausule}, {@code .motivering}, {@code .toewijzing}).
 */
public record Besluitformulier(String soort, String vorige, String versie, List<Besluitkeuzes.Regel> regels) {

    public Besluitformulier {
        regels = List.copyOf(regels);
    }

    static Besluitformulier van(Map<String, String[]> velden, int aantalRegels) {
        List<Besluitkeuzes.Regel> regels = new ArrayList<>();
        for (int i = 0; i < aantalRegels; i++) {
            String p = "regels[" + i + "].";
            regels.add(new Besluitkeuzes.Regel(i, waarde(velden, p + "besluit"), waarde(velden, p + "reden"),
                    waarde(velden, p + "hardheidsclausule"), waarde(velden, p + "motivering"), waarde(velden, p + "toewijzing")));
        }
        return new Besluitformulier(waarde(velden, "soort"), waarde(velden, "vorige"), waarde(velden, "versie"), regels);
    }

    /** The typed line {@code i} (never null). */
    public Besluitkeuzes.Regel regel(int i) {
        return i < regels.size() ? regels.get(i) : new Besluitkeuzes.Regel(i, "", "", "", "", "");
    }

    private static String waarde(Map<String, String[]> velden, String naam) {
        String[] w = velden.get(naam);
        return w == null || w.length == 0 || w[0] == null ? "" : w[0];
    }
}
