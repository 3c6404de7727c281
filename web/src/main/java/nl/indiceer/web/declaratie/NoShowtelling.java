package nl.indiceer.web.declaratie;

import java.util.Map;
import java.util.TreeMap;

/**
 * The no-shows per calendar year of one approved prestatie as stored (V27, {@code declaratieprestatie.no_shows}):
 * {@code "2026:2 2027:1"}, years ascending. A value that cannot be read counts as none (it was written by this class).
 */
final class NoShowtelling {

    private NoShowtelling() {
    }

    static String alsTekst(Map<Integer, Integer> perJaar) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(perJaar).forEach((jaar, n) -> s.append(s.isEmpty() ? "" : " ").append(jaar).append(':').append(n));
        return s.toString();
    }

    static Map<Integer, Integer> uitTekst(String tekst) {
        Map<Integer, Integer> uit = new TreeMap<>();
        if (tekst == null) {
            return uit;
        }
        for (String deel : tekst.trim().split(" +")) {
            String[] jn = deel.split(":");
            if (jn.length == 2 && jn[0].matches("[0-9]{4}") && jn[1].matches("[0-9]{1,4}")) {
                uit.merge(Integer.parseInt(jn[0]), Integer.parseInt(jn[1]), Integer::sum);
            }
        }
        return uit;
    }

    /** An approved prestatie is known by its reference and allocation (a reference is unique per provider, TR314). */
    static String sleutel(String referentie, long toewijzingnummer) {
        return referentie + '\u0000' + toewijzingnummer;
    }
}
