package nl.indiceer.web.sturing;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The choice of a report as given (page or API), checked: a municipality (by default the user's first), and a year
 * (by default this year) or a period of months {@code van} to {@code tot} ("2026-03"), at most
 * {@link #MAXIMAAL_MAANDEN} months. {@code vreemd}: the municipality is not the user's (the caller answers 404, as for
 * one that does not exist). {@code fouten}: per field a stable code.
 */
record Rapportfilter(String gemeente, int jaar, YearMonth van, YearMonth tot, boolean vreemd, Map<String, String> fouten) {

    static final int MAXIMAAL_MAANDEN = 36;
    private static final Pattern JAAR = Pattern.compile("[0-9]{4}");
    private static final Pattern MAAND = Pattern.compile("[0-9]{4}-[0-9]{2}");

    static Rapportfilter van(Set<String> mijnGemeenten, String gemeente, String jaar, String van, String tot, int ditJaar) {
        Map<String, String> fouten = new LinkedHashMap<>();
        String g = leeg(gemeente) ? (mijnGemeenten.isEmpty() ? "" : new TreeSet<>(mijnGemeenten).first()) : gemeente.strip();
        boolean vreemd = !mijnGemeenten.contains(g);
        int j = ditJaar;
        if (!leeg(jaar)) {
            String s = jaar.strip();
            if (JAAR.matcher(s).matches() && Integer.parseInt(s) >= 2000 && Integer.parseInt(s) <= 2100) {
                j = Integer.parseInt(s);
            } else {
                fouten.put("jaar", "JAAR_BUITEN_BEREIK");
            }
        }
        YearMonth a = YearMonth.of(j, 1);
        YearMonth b = YearMonth.of(j, 12);
        if (!leeg(van) || !leeg(tot)) {
            YearMonth x = maand(van, "van", fouten);
            YearMonth y = maand(tot, "tot", fouten);
            if (x != null && y != null) {
                if (y.isBefore(x)) {
                    fouten.put("tot", "TOT_VOOR_VAN");
                } else if (x.plusMonths(MAXIMAAL_MAANDEN).isBefore(y.plusMonths(1))) {
                    fouten.put("tot", "PERIODE_TE_LANG");
                } else {
                    a = x;
                    b = y;
                    if (leeg(jaar)) {
                        j = x.getYear();
                    }
                }
            }
        }
        return new Rapportfilter(g, j, a, b, vreemd, fouten);
    }

    private static YearMonth maand(String tekst, String veld, Map<String, String> fouten) {
        if (leeg(tekst)) {
            fouten.put(veld, "MAAND_ONTBREEKT");
            return null;
        }
        String s = tekst.strip();
        try {
            if (MAAND.matcher(s).matches()) {
                YearMonth m = YearMonth.parse(s);
                if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                    return m;
                }
            }
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        fouten.put(veld, "GEEN_MAAND");
        return null;
    }

    private static boolean leeg(String s) {
        return s == null || s.isBlank();
    }
}
