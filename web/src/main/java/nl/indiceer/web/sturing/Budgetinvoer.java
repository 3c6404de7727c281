package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A budget as typed (page or API), checked: a municipality of the user's, a law (jeugdwet, wmo), a year from 2000 to
 * 2100, an amount in euro of 0 or more with at most two decimals (a comma or a point, thousands with a dot or a space
 * are allowed: "1.250.000,00"), below a thousand billion. {@code fouten}: per field a stable code.
 */
record Budgetinvoer(String gemeente, String wet, int jaar, BigDecimal bedrag, Map<String, String> fouten) {

    static final Set<String> WETTEN = Set.of("jeugdwet", "wmo");
    private static final Pattern JAAR = Pattern.compile("[0-9]{4}");
    private static final Pattern BEDRAG = Pattern.compile("[0-9]{1,3}([. ]?[0-9]{3})*([,.][0-9]{1,2})?");
    private static final BigDecimal MAXIMUM = new BigDecimal("1000000000000");

    static Budgetinvoer van(Set<String> mijnGemeenten, String gemeente, String wet, String jaar, String bedrag) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String g = gemeente == null ? "" : gemeente.strip();
        if (!mijnGemeenten.contains(g)) {
            fouten.put("gemeente", "GEMEENTE_ONBEKEND");
        }
        String w = wet == null ? "" : wet.strip();
        if (!WETTEN.contains(w)) {
            fouten.put("wet", "WET_ONBEKEND");
        }
        int j = 0;
        String js = jaar == null ? "" : jaar.strip();
        if (JAAR.matcher(js).matches() && Integer.parseInt(js) >= 2000 && Integer.parseInt(js) <= 2100) {
            j = Integer.parseInt(js);
        } else {
            fouten.put("jaar", "JAAR_BUITEN_BEREIK");
        }
        BigDecimal b = null;
        String bs = bedrag == null ? "" : bedrag.strip();
        if (bs.isEmpty()) {
            fouten.put("bedrag", "BEDRAG_ONTBREEKT");
        } else if (!BEDRAG.matcher(bs).matches()) {
            fouten.put("bedrag", "GEEN_BEDRAG");
        } else {
            b = bedrag(bs);
            if (b.compareTo(MAXIMUM) >= 0) {
                fouten.put("bedrag", "BEDRAG_TE_GROOT");
                b = null;
            }
        }
        return new Budgetinvoer(g, w, j, b, fouten);
    }

    /** "1.250.000,5" and "1250000.50" are both 1250000.50: a separator followed by 1 or 2 digits at the end is the decimal one. */
    private static BigDecimal bedrag(String s) {
        String heel = s;
        String centen = "";
        var m = Pattern.compile("[,.]([0-9]{1,2})$").matcher(s);
        if (m.find()) {
            heel = s.substring(0, m.start());
            centen = m.group(1);
        }
        String cijfers = heel.replace(".", "").replace(" ", "");
        return new BigDecimal(centen.isEmpty() ? cijfers : cijfers + "." + centen).setScale(2);
    }
}
