package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.aanvraag.Post;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Eenheid;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * How much of a product a request line or a running allocation gives in a stretch of time, in one unit: an
 * amount per week, per month, and once within its validity. A volume per week or per month counts for the part
 * of the validity inside the stretch; an amount once (totaal binnen de geldigheidsduur) counts whole in every
 * stretch it touches, because it may be used at any moment of the validity.
 *
 * @param regel    index of the request line, or null for a running allocation
 * @param wie      the line or allocation, for a finding
 * @param perWeek  amount per week, in the unit asked for
 * @param perMaand amount per month
 * @param eenmalig amount once within the validity
 */
record Inzet(Integer regel, Betrokkene wie, String product, LocalDate begin, LocalDate eind, Breuk perWeek,
             Breuk perMaand, Breuk eenmalig) {

    /** True when the validity has at least one day in [van, tot]. */
    boolean raakt(LocalDate van, LocalDate tot) {
        return !begin.isAfter(tot) && !eind.isBefore(van);
    }

    /** The amount in [van, tot]. */
    Breuk in(LocalDate van, LocalDate tot, Breuk wekenPerJaar) {
        if (!raakt(van, tot)) {
            return Breuk.NUL;
        }
        Breuk uit = eenmalig;
        if (perWeek.signum() != 0 || perMaand.signum() != 0) {
            Geldigheidsduur deel = Geldigheidsduur.van(begin.isAfter(van) ? begin : van, eind.isBefore(tot) ? eind : tot,
                    wekenPerJaar);
            uit = uit.plus(perWeek.maal(deel.exacteWeken())).plus(perMaand.maal(deel.exacteMaanden()));
        }
        return uit;
    }

    /** True when an amount once within the validity counts whole in [van, tot] while the validity runs outside it. */
    boolean eenmaligDeels(LocalDate van, LocalDate tot) {
        return eenmalig.signum() != 0 && raakt(van, tot) && (begin.isBefore(van) || eind.isAfter(tot));
    }

    /**
     * The request lines of these products as volumes in {@code eenheid}; a line without a comparable volume is
     * added to {@code onbekend}.
     */
    static List<Inzet> regels(List<Regelcontext> contexten, Set<String> producten, Eenheid eenheid,
                              List<Betrokkene> onbekend) {
        List<Inzet> uit = new ArrayList<>();
        for (Regelcontext c : contexten) {
            if (!producten.contains(c.product().code())) {
                continue;
            }
            Inzet i = volume(c, eenheid);
            if (i == null) {
                onbekend.add(wie(c));
            } else {
                uit.add(i);
            }
        }
        return uit;
    }

    /** The consults of the request lines of these products (posten marked consult); lines without any are left out. */
    static List<Inzet> consulten(List<Regelcontext> contexten, Set<String> producten) {
        List<Inzet> uit = new ArrayList<>();
        for (Regelcontext c : contexten) {
            if (!producten.contains(c.product().code())) {
                continue;
            }
            Breuk week = Breuk.NUL;
            Breuk maand = Breuk.NUL;
            Breuk eenmalig = Breuk.NUL;
            boolean gevonden = false;
            for (Post p : c.regel().posten()) {
                if (!p.consult()) {
                    continue;
                }
                gevonden = true;
                Breuk aantal = Breuk.van(p.aantal());
                if (p.isFase()) {
                    eenmalig = eenmalig.plus(aantal.maal(p.fase())); // a phase may lie anywhere in the validity
                } else {
                    switch (p.per()) {
                        case WEEK -> week = week.plus(aantal);
                        case MAAND -> maand = maand.plus(aantal);
                        case TOTAAL -> eenmalig = eenmalig.plus(aantal);
                    }
                }
            }
            if (gevonden) {
                uit.add(new Inzet(c.index(), wie(c), c.product().code(), c.regel().begindatum(), c.regel().einddatum(),
                        week, maand, eenmalig));
            }
        }
        return uit;
    }

    /**
     * The running allocations of these products as volumes in {@code eenheid} (null: consults, never known),
     * leaving out those a request line extends or takes over; one without a comparable volume is added to
     * {@code onbekend}. Only allocations that have a day in [van, tot] are looked at.
     */
    static List<Inzet> lopende(List<Regelcontext> contexten, Regeling regeling, Set<String> producten, Eenheid eenheid,
                               BigDecimal minutenPerDagdeel, List<Betrokkene> onbekend, LocalDate van, LocalDate tot) {
        if (contexten.isEmpty()) {
            return List.of();
        }
        Set<String> vervangen = new HashSet<>();
        for (Regelcontext c : contexten) {
            if (c.regel().soort() instanceof Regelsoort.Vervolg v) {
                vervangen.add(v.toewijzing());
            }
        }
        List<Inzet> uit = new ArrayList<>();
        for (LopendeToewijzing t : contexten.get(0).aanvraag().lopendeToewijzingen()) {
            if (!producten.contains(t.product()) || t.id() != null && vervangen.contains(t.id())
                    || t.begindatum().isAfter(tot) || t.einddatum().isBefore(van)) {
                continue;
            }
            Product p = regeling.product(t.product());
            Betrokkene wie = new Betrokkene(null, t.id(), p == null ? t.product() : p.naam());
            Omvang o = t.omvang();
            Breuk waarde = o == null || eenheid == null ? null
                    : omgerekend(Breuk.van(o.volume()), o.eenheid(), eenheid, minutenPerDagdeel);
            if (waarde == null) {
                onbekend.add(wie);
                continue;
            }
            uit.add(switch (o.periode()) {
                case WEEK -> new Inzet(null, wie, t.product(), t.begindatum(), t.einddatum(), waarde, Breuk.NUL, Breuk.NUL);
                case MAAND -> new Inzet(null, wie, t.product(), t.begindatum(), t.einddatum(), Breuk.NUL, waarde, Breuk.NUL);
                case TOTAAL -> new Inzet(null, wie, t.product(), t.begindatum(), t.einddatum(), Breuk.NUL, Breuk.NUL, waarde);
            });
        }
        return uit;
    }

    private static Inzet volume(Regelcontext c, Eenheid eenheid) {
        Toewijzingsvolume v = c.volume();
        if (v == null) {
            return null;
        }
        BigDecimal waarde = switch (v.periode()) {
            case WEEK, MAAND -> v.volume();
            case TOTAAL -> v.totaal();
        };
        Breuk b = omgerekend(Breuk.van(waarde), v.eenheid(), eenheid, c.minutenPerDagdeel());
        if (b == null) {
            return null;
        }
        Breuk nul = Breuk.NUL;
        return new Inzet(c.index(), wie(c), c.product().code(), c.regel().begindatum(), c.regel().einddatum(),
                v.periode() == nl.indiceer.regeling.Periode.WEEK ? b : nul,
                v.periode() == nl.indiceer.regeling.Periode.MAAND ? b : nul,
                v.periode() == nl.indiceer.regeling.Periode.TOTAAL ? b : nul);
    }

    /** A value in {@code van} expressed in {@code naar}; null when they do not convert (etmalen and uren). */
    private static Breuk omgerekend(Breuk waarde, Eenheid van, Eenheid naar, BigDecimal minutenPerDagdeel) {
        if (van == naar) {
            return waarde;
        }
        if (!van.isTijd() || !naar.isTijd()) {
            return null;
        }
        Breuk minuten = switch (van) {
            case UUR -> waarde.maal(60);
            case DAGDEEL -> waarde.maal(minutenPerDagdeel);
            default -> waarde;
        };
        return Toewijzingsvolume.uitMinuten(minuten, naar, minutenPerDagdeel);
    }

    static Betrokkene wie(Regelcontext c) {
        return new Betrokkene(c.index(), null, c.product().naam());
    }
}
