package nl.indiceer.berichten.declaratie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.indiceer.declaratie.Afspraak;
import nl.indiceer.declaratie.Afspraakstatus;
import nl.indiceer.declaratie.Groepsbijeenkomst;
import nl.indiceer.regeling.Declaratieregels;

/**
 * The generator's leveringsspecificaties: for a share of the regular prestaties of a region with its own declaration
 * rules, the appointments behind it. Most add up to the declared volume with delivered appointments (valid under every
 * rule); a share plants one of the region's errors, each built so the rule allows less than the declared volume while
 * the prestatie itself stays valid for the iStandaarden rules:
 * <ul>
 *   <li>the maximum of no-shows per calendar year plus one, in one prestatie (no other prestatie declares a no-show, so
 *       no count from another month interferes);</li>
 *   <li>a no-show where the region allows none (a group product);</li>
 *   <li>one group session of the whole volume with one hulpverlener and four clients present;</li>
 *   <li>a planned absence where the region does not allow it.</li>
 * </ul>
 * Ridderkerk's absence rule is not planted: Ridderkerk's products have no national code, so no 301 names them.
 */
final class Regiofouten {

    static final double AANDEEL_SPECIFICATIE = 0.05;
    /** Of the specified prestaties, the share with a planted error. */
    static final double AANDEEL_FOUT_IN_SPECIFICATIE = 0.2;
    private static final int AANWEZIGEN = 4;

    private final Map<String, Declaratieregels> perRegio;
    private final Random rnd;
    /** Planted so far per kind: the kind planted least among those possible comes next, so a small set has each. */
    private final Map<Geplandefout.Soort, Integer> geplant = new java.util.EnumMap<>(Geplandefout.Soort.class);

    Regiofouten(Map<String, Declaratieregels> perRegio, Random rnd) {
        this.perRegio = Map.copyOf(perRegio);
        this.rnd = rnd;
    }

    /**
     * Maybe writes the specification of a regular prestatie; returns the error planted in it, or null (none, or a valid
     * specification).
     */
    Geplandefout.Soort specificeer(Productaanbod product, YearMonth m, GedeclareerdePrestatie p, Writer uit) {
        Declaratieregels regels = perRegio.get(product.regio());
        if (regels == null || regels.isLeeg()) {
            return null;
        }
        if (rnd.nextDouble() >= AANDEEL_SPECIFICATIE) {
            return null;
        }
        long v = p.geleverdVolume();
        List<Afspraak> afspraken = new ArrayList<>();
        Geplandefout.Soort soort = null;
        if (rnd.nextDouble() < AANDEEL_FOUT_IN_SPECIFICATIE) {
            List<Geplandefout.Soort> mogelijk = mogelijk(regels, product.code(), v);
            if (!mogelijk.isEmpty()) {
                soort = mogelijk.stream().min(java.util.Comparator.comparingInt(k -> geplant.getOrDefault(k, 0)))
                        .orElseThrow();
                geplant.merge(soort, 1, Integer::sum);
                afspraken.addAll(fout(soort, regels, product.code(), m, v));
            }
        }
        if (soort == null) {
            // delivered appointments adding up to the declared volume: allowed under every rule
            int n = (int) Math.min(v, 1 + rnd.nextInt(4));
            for (int i = 0; i < n; i++) {
                afspraken.add(Afspraak.geleverd(m.atDay(1 + 7 * i), v / n + (i < v % n ? 1 : 0)));
            }
        }
        try {
            Leveringsspecificatieschrijver w = new Leveringsspecificatieschrijver(uit, false);
            for (Afspraak a : afspraken) {
                w.afspraak(p.referentieNummer(), p.toewijzingNummer(), a);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return soort;
    }

    private static List<Geplandefout.Soort> mogelijk(Declaratieregels regels, String code, long v) {
        List<Geplandefout.Soort> uit = new ArrayList<>();
        Declaratieregels.NoShow noShow = regels.noShowVoor(code);
        if (noShow != null && !noShow.declarabel() && v >= 1) {
            uit.add(Geplandefout.Soort.REGIO_NO_SHOW_NIET_DECLARABEL);
        }
        if (noShow != null && noShow.declarabel() && noShow.maximaalPerKalenderjaar() != null && !noShow.alleenBijClientThuis()
                && noShow.declarerenAls() == Declaratieregels.NoShowVergoeding.AFSPRAAK
                && v >= noShow.maximaalPerKalenderjaar() + 1 && noShow.maximaalPerKalenderjaar() + 1 <= 28) {
            uit.add(Geplandefout.Soort.REGIO_NO_SHOW_MAXIMUM);
        }
        Declaratieregels.Groepstijd groep = regels.groepstijdVoor(code);
        if (groep != null && groepstijd(groep, v).compareTo(BigDecimal.valueOf(v)) < 0) {
            uit.add(Geplandefout.Soort.REGIO_GROEPSTIJD);
        }
        Declaratieregels.GeplandeAfwezigheid gepland = regels.geplandeAfwezigheidVoor(code);
        if (gepland != null && !gepland.declarabel() && v >= 1) {
            uit.add(Geplandefout.Soort.REGIO_GEPLANDE_AFWEZIGHEID);
        }
        return uit;
    }

    private static List<Afspraak> fout(Geplandefout.Soort soort, Declaratieregels regels, String code, YearMonth m, long v) {
        return switch (soort) {
            case REGIO_NO_SHOW_MAXIMUM -> {
                int n = regels.noShowVoor(code).maximaalPerKalenderjaar() + 1;
                List<Afspraak> a = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    a.add(Afspraak.noShow(m.atDay(1 + i), v / n + (i < v % n ? 1 : 0)));
                }
                yield a;
            }
            case REGIO_NO_SHOW_NIET_DECLARABEL -> List.of(Afspraak.noShow(m.atDay(2), v));
            case REGIO_GROEPSTIJD -> List.of(new Afspraak(m.atDay(3), v, Afspraakstatus.GELEVERD, false, null,
                    new Groepsbijeenkomst(v, 1, AANWEZIGEN)));
            case REGIO_GEPLANDE_AFWEZIGHEID -> List.of(new Afspraak(m.atDay(4), v, Afspraakstatus.GEPLANDE_AFWEZIGHEID, false,
                    null, null));
            default -> throw new IllegalArgumentException(soort.toString());
        };
    }

    /** What the rule allows for one session of v with one hulpverlener and four present, rounded up as the check does. */
    private static BigDecimal groepstijd(Declaratieregels.Groepstijd g, long v) {
        return BigDecimal.valueOf(v).multiply(g.factor()).divide(BigDecimal.valueOf(AANWEZIGEN), 0, RoundingMode.CEILING);
    }
}
