package nl.indiceer.toetsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.indiceer.getal.Breuk;
import nl.indiceer.regeling.Periodelimiet;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.volume.Getal;
import nl.indiceer.volume.Rekenconstanten;

/**
 * A maximum per period of months (periodelimieten), for one product or several together: each request line's
 * validity is cut into periods of that many months from its begindatum (per year of the validity, per 8 months
 * of logeren), and in each period every line and running allocation of the products counts (see {@link Inzet}).
 * A line gets a finding for its period with the most.
 */
public final class Periodelimiettoets {

    private Periodelimiettoets() {
    }

    public static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling, Rekenconstanten k) {
        List<Periodelimiet> limieten = regeling.gedeeld().periodelimieten();
        if (limieten.isEmpty()) {
            return List.of();
        }
        List<Bevinding> uit = new ArrayList<>();
        for (Periodelimiet l : limieten) {
            uit.addAll(toets(contexten, regeling, k, l));
        }
        return uit;
    }

    private static List<Bevinding> toets(List<Regelcontext> contexten, Regeling regeling, Rekenconstanten k,
                                         Periodelimiet l) {
        Set<String> producten = new HashSet<>(l.producten());
        List<Betrokkene> onbekend = new ArrayList<>();
        List<Inzet> regels = l.consulten() ? Inzet.consulten(contexten, producten)
                : Inzet.regels(contexten, producten, l.eenheid(), onbekend);
        if (regels.isEmpty()) {
            return List.of();
        }
        List<Inzet> alle = new ArrayList<>(regels);
        List<Betrokkene> lopendOnbekend = new ArrayList<>();
        LocalDate eerste = regels.get(0).begin();
        LocalDate laatste = regels.get(0).eind();
        for (Inzet r : regels) {
            eerste = r.begin().isBefore(eerste) ? r.begin() : eerste;
            laatste = r.eind().isAfter(laatste) ? r.eind() : laatste;
        }
        alle.addAll(Inzet.lopende(contexten, regeling, producten, l.eenheid(), k.minutenPerDagdeel(), lopendOnbekend,
                eerste, laatste.plusMonths(l.maanden())));
        List<Bevinding> uit = new ArrayList<>();
        for (Betrokkene b : onbekend) {
            uit.add(Bevinding.van(Bevindingcode.NIET_MEEGETELD, l.bron(), b.regel(), "wie", b, "regel", regel(l),
                    "consulten", l.consulten()));
        }
        for (Inzet r : regels) {
            Breuk meeste = null;
            LocalDate meesteVan = null;
            LocalDate meesteTot = null;
            for (int n = 0; ; n++) {
                LocalDate van = r.begin().plusMonths((long) n * l.maanden());
                if (van.isAfter(r.eind())) {
                    break;
                }
                LocalDate tot = r.begin().plusMonths((long) (n + 1) * l.maanden()).minusDays(1);
                Breuk som = Breuk.NUL;
                for (Inzet i : alle) {
                    som = som.plus(i.in(van, tot, k.wekenPerJaar()));
                }
                if (meeste == null || som.compareTo(meeste) > 0) {
                    meeste = som;
                    meesteVan = van;
                    meesteTot = tot;
                }
            }
            if (meeste.vergelijk(l.maximaal()) <= 0) {
                continue;
            }
            List<Betrokkene> betrokkenen = new ArrayList<>();
            boolean totaalGeheel = false;
            for (Inzet i : alle) {
                if (i.raakt(meesteVan, meesteTot) && i.in(meesteVan, meesteTot, k.wekenPerJaar()).signum() != 0) {
                    betrokkenen.add(i.wie());
                    totaalGeheel |= i.eenmaligDeels(meesteVan, meesteTot);
                }
            }
            Bevinding b = Bevinding.van(Bevindingcode.PERIODELIMIET_OVERSCHREDEN, l.bron(), r.regel(),
                    "producten", namen(regeling, l.producten()), "volume", tonen(meeste),
                    "eenheid", eenheid(l), "maanden", l.maanden(), "van", meesteVan, "tot", meesteTot,
                    "betrokkenen", betrokkenen, "maximum", l.maximaal(), "richtlijn", l.richtlijn(), "richtlijnbron", Grensaard.richtlijnbron(l.aard()),
                    "totaalGeheel", totaalGeheel);
            if (eerder(uit, b)) {
                continue; // the same period with the same lines, already reported for an earlier line
            }
            uit.add(Grensaard.ernst(b, l.aard()));
            uit.addAll(Onduidelijkheden.van(l.onduidelijk(), l.bron(), r.regel()));
            for (Betrokkene x : lopendOnbekend) {
                uit.add(Bevinding.van(Bevindingcode.NIET_MEEGETELD, l.bron(), r.regel(), "wie", x, "regel", regel(l),
                        "consulten", l.consulten()));
            }
        }
        if (uit.stream().noneMatch(b -> b.code() == Bevindingcode.PERIODELIMIET_OVERSCHREDEN) && !lopendOnbekend.isEmpty()) {
            // within the maximum without them; say which allocations could not be counted
            for (Betrokkene x : lopendOnbekend) {
                uit.add(Bevinding.van(Bevindingcode.NIET_MEEGETELD, l.bron(), regels.get(0).regel(), "wie", x,
                        "regel", regel(l), "consulten", l.consulten()));
            }
        }
        return uit;
    }

    /**
     * True when a finding with the same parameters was made for an earlier line: that finding then names this
     * line as well (so it asks both for a motivation), and no second one is made.
     */
    static boolean eerder(List<Bevinding> uit, Bevinding b) {
        for (int i = 0; i < uit.size(); i++) {
            Bevinding x = uit.get(i);
            if (x.code() == b.code() && x.parameters().equals(b.parameters())) {
                if (x.ookRegel() == null) {
                    uit.set(i, x.ookVoor(b.regel()));
                }
                return true;
            }
        }
        return false;
    }

    /** A whole number as it is, otherwise rounded up to 2 decimals (never shown as the maximum it exceeds). */
    static java.math.BigDecimal tonen(Breuk b) {
        return b.isGeheel() ? b.omhoog() : b.maal(100).omhoog().movePointLeft(2);
    }

    /** "het maximum van 16 etmalen per 8 maanden": made only for a finding. */
    private static String regel(Periodelimiet l) {
        return "het maximum van " + Getal.nl(l.maximaal()) + " " + eenheid(l) + " per " + l.maanden() + " maanden";
    }

    /** "etmalen", "uur", "consulten". */
    private static String eenheid(Periodelimiet l) {
        return l.consulten() ? "consulten" : l.eenheid().woord(true);
    }

    static List<String> namen(Regeling regeling, List<String> codes) {
        List<String> uit = new ArrayList<>(codes.size());
        for (String code : codes) {
            Product p = regeling.product(code);
            uit.add(p == null ? code : p.naam() + " (" + code + ")");
        }
        return uit;
    }
}
