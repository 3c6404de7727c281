package nl.indiceer.web.beschikking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.beschikking.Regelkeuze;
import nl.indiceer.web.fout.Veldfouten;

/**
 * The consultant's choices per line as typed (API body or page form) turned into core's {@link Regelkeuze}s. A line
 * without a choice stays undecided (the rule then says so); a refusal without a reason is a field error here, because
 * core cannot even represent it.
 */
public final class Besluitkeuzes {

    /** One line as typed. {@code besluit}: TOEKENNEN, AFWIJZEN, or empty (not yet chosen). */
    public record Regel(Integer regel, String besluit, String reden, String hardheidsclausule, String motivering,
                        String toewijzing) {
    }

    /** The choices, and the field errors (paths {@code regels[i].veld}, i the line's index in the request). */
    public record Uitkomst(Map<Integer, Regelkeuze> keuzes, List<Map<String, String>> fouten) {
    }

    private Besluitkeuzes() {
    }

    public static Uitkomst van(List<Regel> regels) {
        Map<Integer, Regelkeuze> keuzes = new LinkedHashMap<>();
        List<Map<String, String>> fouten = new ArrayList<>();
        if (regels == null) {
            return new Uitkomst(keuzes, fouten);
        }
        for (int i = 0; i < regels.size(); i++) {
            Regel r = regels.get(i);
            if (r == null) {
                continue;
            }
            if (r.regel() == null || r.regel() < 0) {
                fouten.add(Veldfouten.fout("regels[" + i + "].regel", "ONTBREEKT", "het nummer van de regel in de aanvraag (vanaf 0)"));
                continue;
            }
            String pad = "regels[" + r.regel() + "]";
            String besluit = r.besluit() == null ? "" : r.besluit().strip().toUpperCase(Locale.ROOT);
            Regelbesluit b = null;
            switch (besluit) {
                case "" -> {
                }
                case "TOEKENNEN" -> b = new Regelbesluit.Toekenning(
                        VeiligeTekst.heeftInhoud(r.hardheidsclausule()) ? r.hardheidsclausule().strip() : null);
                case "AFWIJZEN" -> {
                    if (VeiligeTekst.heeftInhoud(r.reden())) {
                        b = new Regelbesluit.Afwijzing(r.reden().strip());
                    } else {
                        fouten.add(Veldfouten.fout(pad + ".reden", "REDEN_ONTBREEKT", "een afwijzing noemt de reden"));
                    }
                }
                default -> fouten.add(Veldfouten.fout(pad + ".besluit", "ONBEKEND_BESLUIT", "TOEKENNEN of AFWIJZEN"));
            }
            if (keuzes.put(r.regel(), new Regelkeuze(b, leeg(r.motivering()), leeg(r.toewijzing()))) != null) {
                fouten.add(Veldfouten.fout(pad + ".regel", "DUBBEL", "deze regel staat twee keer in het besluit"));
            }
        }
        return new Uitkomst(keuzes, fouten);
    }

    /** The soort by name; null for an empty name (EERSTE); a field error for an unknown one. */
    public static Beschikkingsoort soort(String naam, List<Map<String, String>> fouten) {
        if (naam == null || naam.isBlank()) {
            return Beschikkingsoort.EERSTE;
        }
        for (Beschikkingsoort s : Beschikkingsoort.values()) {
            if (s.name().equalsIgnoreCase(naam.strip())) {
                return s;
            }
        }
        fouten.add(Veldfouten.fout("soort", "ONBEKENDE_SOORT", "EERSTE, WIJZIGING, VERLENGING, BEEINDIGING of INTREKKING"));
        return Beschikkingsoort.EERSTE;
    }

    private static String leeg(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
