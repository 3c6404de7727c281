package nl.indiceer.web.sturing;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The observed utilisation of a product (realised ÷ committed from approved, answered declarations) where there is
 * enough data, else the figure of {@code terugval} (the region's stated figure, else 100%).
 * <p>
 * "Enough" (settings {@code indiceer.sturing.benutting.minimum-maanden} and {@code ...minimum-clienten}): within the
 * {@link #VENSTER} complete months before the forecast's month, at least {@code minimumMaanden} months in which the
 * product has realised cost, and at least {@code minimumClienten} distinct clients with realised cost for it. The figure
 * is the realised cost of those months divided by the committed cost of the product in the same months (months without
 * declarations are left out: a provider declares late, and an empty month would read as no use). The current month is
 * never counted: its declarations have not come in. A figure above 100% is kept (more declared than committed is
 * itself a signal). Pure: no Spring.
 */
public final class WaargenomenBenutting implements Benutting {

    /** The months looked back over. */
    public static final int VENSTER = 12;

    private final Map<String, Cijfer> perProduct = new HashMap<>();
    private final Benutting terugval;

    /**
     * @param deMaand the forecast's month: the window is the {@link #VENSTER} months before it
     */
    public WaargenomenBenutting(List<Verplichtingsregel> lopend, List<Realisatieregel> gerealiseerd, YearMonth deMaand,
                                int minimumMaanden, int minimumClienten, Benutting terugval) {
        this.terugval = terugval;
        YearMonth eerste = deMaand.minusMonths(VENSTER);
        YearMonth laatste = deMaand.minusMonths(1);
        Map<String, List<Verplichtingsregel>> perToewijzing = new HashMap<>();
        lopend.stream().filter(r -> r.toewijzing() != null)
                .forEach(r -> perToewijzing.computeIfAbsent(r.toewijzing(), k -> new ArrayList<>()).add(r));
        Map<String, Map<YearMonth, BigDecimal>> gerealiseerdPerMaand = new HashMap<>();
        Map<String, Set<Long>> clienten = new HashMap<>();
        for (Realisatieregel g : gerealiseerd) {
            if (g.maand().isBefore(eerste) || g.maand().isAfter(laatste)) {
                continue;
            }
            Verplichtingsregel r = Benuttingen.regelVan(perToewijzing.get(g.toewijzing()), g.maand());
            String product = r == null ? g.product() : r.product();
            gerealiseerdPerMaand.computeIfAbsent(product, k -> new HashMap<>()).merge(g.maand(), g.bedrag(), BigDecimal::add);
            clienten.computeIfAbsent(product, k -> new HashSet<>()).add(g.clientId());
        }
        gerealiseerdPerMaand.forEach((product, maanden) -> {
            Set<YearMonth> met = new TreeSet<>();
            maanden.forEach((m, b) -> {
                if (b.signum() != 0) {
                    met.add(m);
                }
            });
            if (met.size() < minimumMaanden || clienten.get(product).size() < minimumClienten) {
                return;
            }
            BigDecimal realisatie = BigDecimal.ZERO;
            BigDecimal vastgelegd = BigDecimal.ZERO;
            for (YearMonth m : met) {
                realisatie = realisatie.add(maanden.get(m));
                for (Verplichtingsregel r : lopend) {
                    if (product.equals(r.product())) {
                        vastgelegd = vastgelegd.add(Verplichtingen.som(List.of(r), m.atDay(1), m.atEndOfMonth()));
                    }
                }
            }
            BigDecimal aandeel = Benuttingen.benutting(realisatie, vastgelegd);
            if (aandeel != null && aandeel.signum() > 0) {
                YearMonth van = ((TreeSet<YearMonth>) met).first();
                YearMonth tot = ((TreeSet<YearMonth>) met).last();
                // bron: the months observed, as an ISO 8601 interval; the page words it
                perProduct.put(product, new Cijfer(aandeel, Herkomst.WAARGENOMEN, null, van + "/" + tot, null,
                        List.of(product)));
            }
        });
    }

    @Override
    public Cijfer voor(Verplichtingsregel regel) {
        Cijfer c = perProduct.get(regel.product());
        return c != null ? c : terugval.voor(regel);
    }
}
