package nl.indiceer.web.aanvraag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the request page shows of a computation: the engine's result JSON as a map ({@code uitkomst}, null when the
 * engine refused the input or nothing was computed yet), its problems placed at the fields ({@code fouten}, and per
 * field id in {@code veldfouten}, normenkader task forms included), and per Wmo line the normering of its task form.
 *
 * @param leeg true for a new form nobody typed in yet: no messages for fields nobody had a chance to fill in
 */
public record Paginauitkomst(Map<String, Object> uitkomst, List<Veldkaart.Veldfout> fouten, Map<String, String> veldfouten,
                             Map<Integer, Normeringberekening.Uitkomst> normeringen, boolean leeg) {

    public static final Paginauitkomst LEEG = new Paginauitkomst(null, List.of(), Map.of(), Map.of(), true);

    public boolean berekend() {
        return uitkomst != null;
    }

    /** True when some field has a problem (the answer is then 422). */
    public boolean heeftFouten() {
        return !veldfouten.isEmpty() || !fouten.isEmpty();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lijst(Object o) {
        return o instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
    }

    /** The result of line {@code i}, or null. */
    public Map<String, Object> regel(int i) {
        if (uitkomst == null) {
            return null;
        }
        List<Map<String, Object>> regels = lijst(uitkomst.get("regels"));
        return i < regels.size() ? regels.get(i) : null;
    }

    /** The findings of line {@code i}: its own and those across lines that name it (a combination). */
    public List<Map<String, Object>> bevindingen(int i) {
        List<Map<String, Object>> uit = new ArrayList<>();
        Map<String, Object> r = regel(i);
        if (r != null) {
            uit.addAll(lijst(r.get("bevindingen")));
        }
        if (uitkomst != null) {
            for (Map<String, Object> b : lijst(uitkomst.get("bevindingen"))) {
                if (Objects.equals(getal(b.get("regel")), i) || Objects.equals(getal(b.get("ook_regel")), i)) {
                    uit.add(b);
                }
            }
        }
        return uit;
    }

    /** Findings across lines that name no line (a missing municipality, an unclear rule of the rulebook). */
    public List<Map<String, Object>> algemeneBevindingen() {
        List<Map<String, Object>> uit = new ArrayList<>();
        if (uitkomst != null) {
            for (Map<String, Object> b : lijst(uitkomst.get("bevindingen"))) {
                if (b.get("regel") == null && b.get("ook_regel") == null) {
                    uit.add(b);
                }
            }
        }
        return uit;
    }

    public List<Map<String, Object>> combinaties() {
        return uitkomst == null ? List.of() : lijst(uitkomst.get("combinaties"));
    }

    /** The number of findings of this severity, over all lines and across them. */
    public int aantal(String ernst) {
        if (uitkomst == null) {
            return 0;
        }
        int n = 0;
        for (Map<String, Object> r : lijst(uitkomst.get("regels"))) {
            n += (int) lijst(r.get("bevindingen")).stream().filter(b -> ernst.equals(b.get("ernst"))).count();
        }
        n += (int) lijst(uitkomst.get("bevindingen")).stream().filter(b -> ernst.equals(b.get("ernst"))).count();
        return n;
    }

    /** The cost of all lines over their whole validity; null when a line's cost is unknown (a part is no total). */
    public BigDecimal totaal() {
        if (uitkomst == null) {
            return null;
        }
        BigDecimal som = BigDecimal.ZERO;
        List<Map<String, Object>> regels = lijst(uitkomst.get("regels"));
        for (Map<String, Object> r : regels) {
            BigDecimal t = r.get("kosten") instanceof Map<?, ?> k ? Uitkomstweergave.getalVan(k.get("totaal")) : null;
            if (t == null) {
                return null;
            }
            som = som.add(t);
        }
        return regels.isEmpty() ? null : som;
    }

    /** The rulebook version the result was computed with ({@code regeling_versie}: regio, geldig_vanaf, sha256). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> regelingversie() {
        return uitkomst != null && uitkomst.get("regeling_versie") instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    public Normeringberekening.Uitkomst normering(int i) {
        return normeringen.getOrDefault(i, Normeringberekening.Uitkomst.LEEG);
    }

    /** The message at a field, or null. */
    public String fout(String id) {
        return veldfouten.get(id);
    }

    private static Integer getal(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
