package nl.indiceer.vergelijking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.berekening.Uitkomst;

/**
 * Adds up comparisons as they come, keeping only a counter per municipality, product and provider, never the
 * comparisons themselves: a million requests take as much memory as ten. Not thread-safe; with several threads
 * give each its own and {@link #voegToe(Vergelijkingstotalen) add them up} at the end.
 */
public final class Vergelijkingstotalen {

    private long aanvragen;
    private long gelijk;
    private long verschil;
    private long alleenOud;
    private long alleenNieuw;
    private long ongeldig;
    private BigDecimal kostenOud = BigDecimal.ZERO;
    private BigDecimal kostenNieuw = BigDecimal.ZERO;
    private final Map<Sleutel, Teller> perGemeente = new HashMap<>();
    private final Map<Sleutel, Teller> perProduct = new HashMap<>();
    private final Map<Sleutel, Teller> perAanbieder = new HashMap<>();

    public void tel(Aanvraagvergelijking v) {
        aanvragen++;
        switch (v.status()) {
            case GELIJK -> gelijk++;
            case VERSCHIL -> verschil++;
            case ALLEEN_OUD -> alleenOud++;
            case ALLEEN_NIEUW -> alleenNieuw++;
            case ONGELDIG -> ongeldig++;
        }
        if (v.status() != Vergelijkingsstatus.GELIJK && v.status() != Vergelijkingsstatus.VERSCHIL) {
            return;
        }
        Uitkomst u = v.oud().uitkomst();
        boolean gewijzigd = v.status() == Vergelijkingsstatus.VERSCHIL;
        Teller gemeente = teller(perGemeente, new Sleutel(u.regio(), u.gemeente()), u.gemeente());
        gemeente.aanvraag(aanvragen, gewijzigd);
        for (Regelverschil r : v.regels()) {
            gemeente.kosten(r);
            Teller product = teller(perProduct, new Sleutel(u.regio(), r.productcode()), r.productnaam());
            boolean regelGewijzigd = v.regelGewijzigd(r);
            product.aanvraag(aanvragen, regelGewijzigd);
            product.kosten(r);
            Teller aanbieder = teller(perAanbieder, new Sleutel(null, r.aanbieder()), r.aanbieder());
            aanbieder.aanvraag(aanvragen, regelGewijzigd);
            aanbieder.kosten(r);
            if (r.kostenOud() != null) {
                kostenOud = kostenOud.add(r.kostenOud());
            }
            if (r.kostenNieuw() != null) {
                kostenNieuw = kostenNieuw.add(r.kostenNieuw());
            }
        }
    }

    /** Adds another thread's totals to these. */
    public void voegToe(Vergelijkingstotalen ander) {
        aanvragen += ander.aanvragen;
        gelijk += ander.gelijk;
        verschil += ander.verschil;
        alleenOud += ander.alleenOud;
        alleenNieuw += ander.alleenNieuw;
        ongeldig += ander.ongeldig;
        kostenOud = kostenOud.add(ander.kostenOud);
        kostenNieuw = kostenNieuw.add(ander.kostenNieuw);
        voegToe(perGemeente, ander.perGemeente);
        voegToe(perProduct, ander.perProduct);
        voegToe(perAanbieder, ander.perAanbieder);
    }

    public Totalen totalen() {
        return new Totalen(aanvragen, gelijk, verschil, alleenOud, alleenNieuw, ongeldig, kostenOud, kostenNieuw,
                lijst(perGemeente), lijst(perProduct), lijst(perAanbieder));
    }

    private static Teller teller(Map<Sleutel, Teller> map, Sleutel sleutel, String naam) {
        return map.computeIfAbsent(sleutel, s -> new Teller(naam));
    }

    private static void voegToe(Map<Sleutel, Teller> naar, Map<Sleutel, Teller> van) {
        van.forEach((s, t) -> naar.merge(s, t, Teller::plus));
    }

    private static final Comparator<String> MET_NULL = Comparator.nullsFirst(Comparator.naturalOrder());

    private static List<Kostentotaal> lijst(Map<Sleutel, Teller> map) {
        List<Kostentotaal> uit = new ArrayList<>(map.size());
        map.forEach((s, t) -> uit.add(new Kostentotaal(s.regio(), s.sleutel(), t.naam, t.oud, t.nieuw, t.aanvragen,
                t.gewijzigd, t.onbekendOud, t.onbekendNieuw)));
        uit.sort(Comparator.comparing(Kostentotaal::regio, MET_NULL).thenComparing(Kostentotaal::sleutel, MET_NULL));
        return uit;
    }

    private record Sleutel(String regio, String sleutel) {
    }

    /** The running sums of one key; a request is counted once per key however many lines it has there. */
    private static final class Teller {
        final String naam;
        BigDecimal oud = BigDecimal.ZERO;
        BigDecimal nieuw = BigDecimal.ZERO;
        long aanvragen;
        long gewijzigd;
        long onbekendOud;
        long onbekendNieuw;
        long laatsteAanvraag;
        long laatstGewijzigd;

        Teller(String naam) {
            this.naam = naam;
        }

        void aanvraag(long volgnummer, boolean verschilt) {
            if (laatsteAanvraag != volgnummer) {
                laatsteAanvraag = volgnummer;
                aanvragen++;
            }
            if (verschilt && laatstGewijzigd != volgnummer) {
                laatstGewijzigd = volgnummer;
                gewijzigd++;
            }
        }

        void kosten(Regelverschil r) {
            if (r.kostenOud() == null) {
                onbekendOud++;
            } else {
                oud = oud.add(r.kostenOud());
            }
            if (r.kostenNieuw() == null) {
                onbekendNieuw++;
            } else {
                nieuw = nieuw.add(r.kostenNieuw());
            }
        }

        Teller plus(Teller t) {
            Teller som = new Teller(naam != null ? naam : t.naam);
            som.oud = oud.add(t.oud);
            som.nieuw = nieuw.add(t.nieuw);
            som.aanvragen = aanvragen + t.aanvragen;
            som.gewijzigd = gewijzigd + t.gewijzigd;
            som.onbekendOud = onbekendOud + t.onbekendOud;
            som.onbekendNieuw = onbekendNieuw + t.onbekendNieuw;
            return som;
        }
    }
}
