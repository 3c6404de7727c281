package nl.indiceer.declaratie;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The most that may be declared on an allocation (IV077, IV078, werkwijze-frequentie-per-week): per product period
 * (TR321) and over the whole allocation (TR322). The two differ on purpose: a month counts every calendar week it
 * touches (4, 5 or 6), so a week split over two months counts in both, while the allocation counts each week once.
 */
public final class Declaratieruimte {

    /** TR321 iWmo: huishoudelijke hulp per week may declare 6 x the week volume in a product period (IV077, werkwijze r. 46). */
    static final long HUISHOUDELIJKE_HULP_WEKEN = 6;
    /** Wmo productcategorie 01 (WMO020): huishoudelijke hulp. */
    static final String HUISHOUDELIJKE_HULP = "01";

    private Declaratieruimte() {
    }

    /**
     * TR321: the most that may be declared in the product period [begin, eind] (OP367: within one month), counted within
     * the allocation; null when the allocation has no volume or IV077 gives no method (taakgericht per week).
     */
    public static Ruimte productperiode(ToegewezenProduct t, LocalDate begin, LocalDate eind) {
        Omvang o = t.omvang();
        if (o == null) {
            return null;
        }
        LocalDate van = begin.isBefore(t.ingangsdatum()) ? t.ingangsdatum() : begin;
        LocalDate tot = t.einddatum() != null && eind.isAfter(t.einddatum()) ? t.einddatum() : eind;
        boolean leeg = tot.isBefore(van);
        switch (o.frequentie()) {
            case TOTAAL:
                return new Ruimte(o.volume(), Telling.TOTAAL, 1, false);
            case PER_MAAND:
                return new Ruimte(leeg ? 0 : o.volume(), Telling.MAANDEN, leeg ? 0 : 1, false);
            case PER_DAG: {
                long dagen = leeg ? 0 : ChronoUnit.DAYS.between(van, tot) + 1;
                return new Ruimte(Math.multiplyExact(dagen, o.volume()), Telling.DAGEN, dagen, false);
            }
            case PER_WEEK:
            default:
                if (t.wet() == Wet.WMO && HUISHOUDELIJKE_HULP.equals(t.productcategorie())) {
                    // literally "standaard 6 maal het weekvolume" (IV077 iWmo), also for a broken month; TR322 caps the total
                    return new Ruimte(leeg ? 0 : HUISHOUDELIJKE_HULP_WEKEN * o.volume(), Telling.ZESMAAL_WEEKVOLUME,
                            leeg ? 0 : HUISHOUDELIJKE_HULP_WEKEN, false);
                }
                if (t.variant() == Uitvoeringsvariant.TAAKGERICHT) {
                    return null;
                }
                if (leeg) {
                    return new Ruimte(0, t.variant() == Uitvoeringsvariant.OUTPUTGERICHT ? Telling.ZONDAGEN
                            : Telling.KALENDERWEKEN, 0, false);
                }
                if (t.variant() == Uitvoeringsvariant.OUTPUTGERICHT) {
                    long zondagen = zondagen(van, tot);
                    boolean plusEen = laatsteGebrokenWeekHierin(t, van, tot);
                    long weken = zondagen + (plusEen ? 1 : 0);
                    return new Ruimte(Math.multiplyExact(weken, o.volume()), Telling.ZONDAGEN, zondagen, plusEen);
                }
                long weken = kalenderweken(van, tot);
                return new Ruimte(Math.multiplyExact(weken, o.volume()), Telling.KALENDERWEKEN, weken, false);
        }
    }

    /**
     * TR322: the most that may be declared over the whole allocation; null when it has no volume, or is open-ended with
     * a frequency per day, week or month (no end, no total), or is taakgericht per week.
     */
    public static Ruimte toewijzingsperiode(ToegewezenProduct t) {
        Omvang o = t.omvang();
        if (o == null) {
            return null;
        }
        if (o.frequentie() == Frequentie.TOTAAL) {
            return new Ruimte(o.volume(), Telling.TOTAAL, 1, false);
        }
        LocalDate van = t.ingangsdatum();
        LocalDate tot = t.einddatum();
        if (tot == null) {
            return null;
        }
        switch (o.frequentie()) {
            case PER_DAG: {
                long dagen = ChronoUnit.DAYS.between(van, tot) + 1;
                return new Ruimte(Math.multiplyExact(dagen, o.volume()), Telling.DAGEN, dagen, false);
            }
            case PER_MAAND: {
                long maanden = ChronoUnit.MONTHS.between(van.withDayOfMonth(1), tot.withDayOfMonth(1)) + 1;
                return new Ruimte(Math.multiplyExact(maanden, o.volume()), Telling.MAANDEN, maanden, false);
            }
            case PER_WEEK:
            default: {
                if (t.variant() == Uitvoeringsvariant.TAAKGERICHT
                        && !(t.wet() == Wet.WMO && HUISHOUDELIJKE_HULP.equals(t.productcategorie()))) {
                    return null;
                }
                // "het aantal weeknummers tellen dat binnen de toewijzingsperiode ligt" (werkwijze r. 47), also for huishoudelijke
                // hulp (werkwijze voorbeeld 2) and outputgericht (the Sundays plus the last broken week are the same weeks)
                long weken = kalenderweken(van, tot);
                return new Ruimte(Math.multiplyExact(weken, o.volume()), Telling.KALENDERWEKEN, weken, false);
            }
        }
    }

    /** The ISO calendar weeks (Monday to Sunday) that [van, tot] touches, each counted once. */
    public static long kalenderweken(LocalDate van, LocalDate tot) {
        // week numbers counted from the Monday 1969-12-29 (epoch day 0 is a Thursday, so +3 puts Mondays on multiples of
        // 7): the same count as between the two Mondays, without the adjuster objects of LocalDate.with (per prestatie)
        return Math.floorDiv(tot.toEpochDay() + 3, 7) - Math.floorDiv(van.toEpochDay() + 3, 7) + 1;
    }

    /** The Sundays in [van, tot]. */
    public static long zondagen(LocalDate van, LocalDate tot) {
        LocalDate eerste = van.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        return eerste.isAfter(tot) ? 0 : ChronoUnit.DAYS.between(eerste, tot) / 7 + 1;
    }

    /**
     * IV077 outputgericht: "plus 1 indien in die productperiode de laatste zondag van de toewijzing ligt en de einddatum
     * van de toewijzing geen zondag is". The werkwijze (r. 134) says "de einddatum van de toewijzing" instead of its last
     * Sunday, but its own table (r. 142-146) and IV076 follow IV077: this follows IV077. An allocation without any
     * Sunday (e.g. Monday to Wednesday) has no last Sunday and so no week here: literal, see the report.
     */
    private static boolean laatsteGebrokenWeekHierin(ToegewezenProduct t, LocalDate van, LocalDate tot) {
        LocalDate einde = t.einddatum();
        if (einde == null || einde.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return false;
        }
        LocalDate laatsteZondag = einde.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY));
        return !laatsteZondag.isBefore(t.ingangsdatum()) && !laatsteZondag.isBefore(van) && !laatsteZondag.isAfter(tot);
    }
}
