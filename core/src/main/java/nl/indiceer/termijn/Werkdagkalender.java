package nl.indiceer.termijn;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Dutch working days as the Algemene termijnenwet counts them (art. 3 lid 1): not a Saturday or Sunday, and not one of
 * the generally recognised holidays: Nieuwjaarsdag, tweede Paasdag, Koningsdag, 5 mei (Bevrijdingsdag, every year),
 * Hemelvaartsdag, tweede Pinksterdag and both Christmas days. Goede Vrijdag is no holiday under this law (employers
 * often give it off; deadlines do not move for it). Koningsdag is 27 April, or 26 April when the 27th is a Sunday
 * (Wet vaststelling Koningsdag). Eerste Paas- and Pinksterdag are Sundays already. Computed for any year from 1900
 * to 2200, so no list needs updating.
 *
 * <p>These are the law's days, not a region's choice, which is why they are code and not rulebook data.
 */
public final class Werkdagkalender {

    public static final int EERSTE_JAAR = 1900;
    public static final int LAATSTE_JAAR = 2200;

    private final Map<Integer, List<Feestdag>> perJaar = new ConcurrentHashMap<>();

    /** The holidays of a year in date order. */
    public List<Feestdag> feestdagen(int jaar) {
        if (jaar < EERSTE_JAAR || jaar > LAATSTE_JAAR) {
            throw new IllegalArgumentException("jaar buiten " + EERSTE_JAAR + "-" + LAATSTE_JAAR + ": " + jaar);
        }
        return perJaar.computeIfAbsent(jaar, Werkdagkalender::bereken);
    }

    public boolean isFeestdag(LocalDate dag) {
        for (Feestdag f : feestdagen(dag.getYear())) {
            if (f.datum().equals(dag)) {
                return true;
            }
        }
        return false;
    }

    public boolean isWerkdag(LocalDate dag) {
        DayOfWeek d = dag.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isFeestdag(dag);
    }

    /**
     * The day {@code n} working days after {@code dag} (n ≥ 0): the day itself does not count, as a deadline of
     * "binnen 5 werkdagen na ontvangst" starts counting the day after receipt. With n = 0: {@code dag} itself.
     */
    public LocalDate naWerkdagen(LocalDate dag, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("aantal werkdagen negatief: " + n);
        }
        LocalDate d = dag;
        for (int geteld = 0; geteld < n; ) {
            d = d.plusDays(1);
            if (isWerkdag(d)) {
                geteld++;
            }
        }
        return d;
    }

    /** Working days after {@code van} up to and including {@code tot}; 0 when {@code tot} is not after {@code van}. */
    public int werkdagenTussen(LocalDate van, LocalDate tot) {
        int n = 0;
        for (LocalDate d = van.plusDays(1); !d.isAfter(tot); d = d.plusDays(1)) {
            if (isWerkdag(d)) {
                n++;
            }
        }
        return n;
    }

    /**
     * Art. 1 lid 1: a deadline that ends on a Saturday, Sunday or holiday is extended to the next working day. The day
     * itself when it is a working day.
     */
    public LocalDate eerstvolgendeWerkdag(LocalDate dag) {
        LocalDate d = dag;
        while (!isWerkdag(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static List<Feestdag> bereken(int jaar) {
        LocalDate pasen = eerstePaasdag(jaar);
        LocalDate koningsdag = LocalDate.of(jaar, 4, 27);
        if (koningsdag.getDayOfWeek() == DayOfWeek.SUNDAY) {
            koningsdag = koningsdag.minusDays(1);
        }
        List<Feestdag> dagen = new ArrayList<>(List.of(
                new Feestdag(LocalDate.of(jaar, 1, 1), "Nieuwjaarsdag"),
                new Feestdag(pasen.plusDays(1), "Tweede Paasdag"),
                new Feestdag(koningsdag, "Koningsdag"),
                new Feestdag(LocalDate.of(jaar, 5, 5), "Bevrijdingsdag"),
                new Feestdag(pasen.plusDays(39), "Hemelvaartsdag"),
                new Feestdag(pasen.plusDays(50), "Tweede Pinksterdag"),
                new Feestdag(LocalDate.of(jaar, 12, 25), "Eerste Kerstdag"),
                new Feestdag(LocalDate.of(jaar, 12, 26), "Tweede Kerstdag")));
        // Hemelvaartsdag can fall on 5 May (e.g. 2016 had it on 5 May): one day, both names kept in date order
        dagen.sort(java.util.Comparator.comparing(Feestdag::datum));
        return List.copyOf(dagen);
    }

    /** Western (Gregorian) Easter Sunday: the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate eerstePaasdag(int jaar) {
        int a = jaar % 19;
        int b = jaar / 100;
        int c = jaar % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int maand = (h + l - 7 * m + 114) / 31;
        int dag = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(jaar, maand, dag);
    }
}
