package nl.indiceer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Regelvergelijker;
import nl.indiceer.vergelijking.Totalen;
import nl.indiceer.vergelijking.Vergelijkingstotalen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of comparing rulebooks (issue 12: re-evaluating 1 000 000 stored decisions within a minute): every
 * request is computed under the shipped rulebooks and under a changed copy, the two results are compared and the
 * totals per municipality, product and provider are kept. One operation is one request compared (two engine runs).
 *
 * <p>The mix is every shipped example in docs/voorbeelden that the shipped rulebooks compute (stored decisions
 * are computable requests): all five regions, one to four lines, with and without running allocations. The copy
 * changes what the tests of {@code indiceer regeling vergelijk} change: a new Ridderkerk tariff year from
 * 1 March 2025, a higher Flevoland guideline and a Noord-Limburg stapeling rule, so that part of the mix differs.
 * Run from the repository root, see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class VergelijkBenchmark {

    private Regelvergelijker vergelijker;
    private Aanvraag[] aanvragen;
    private String[] jsons;
    private Path nieuw;

    /** The totals of one thread, as a run over a million decisions keeps them (one per thread, added up at the end). */
    @State(Scope.Thread)
    public static class Draad {
        Vergelijkingstotalen totalen;

        @Setup(Level.Iteration)
        public void begin() {
            totalen = new Vergelijkingstotalen();
        }
    }

    @Setup
    public void laad() throws IOException {
        Path root = Path.of(System.getProperty("indiceer.root", ".")).toAbsolutePath().normalize();
        Regelingen oud = Regelingen.laad(root.resolve("regelingen"));
        nieuw = gewijzigdeKopie(root.resolve("regelingen"));
        vergelijker = new Regelvergelijker(oud, Regelingen.laad(nieuw));
        Indicatiemotor motor = new Indicatiemotor(oud);
        List<Aanvraag> mix = new ArrayList<>();
        List<String> teksten = new ArrayList<>();
        try (Stream<Path> alle = Files.list(root.resolve("docs/voorbeelden"))) {
            for (Path p : alle.filter(x -> x.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(p);
                try {
                    Aanvraag a = AanvraagLezer.lees(json);
                    motor.bereken(a);
                    mix.add(a);
                    teksten.add(json);
                } catch (OngeldigeAanvraagException e) {
                    // not a computable request (a normeer task form, an example of invalid input): no stored decision
                }
            }
        }
        aanvragen = mix.toArray(Aanvraag[]::new);
        jsons = teksten.toArray(String[]::new);
        if (aanvragen.length != MIX) {
            throw new IllegalStateException("de mix heeft " + aanvragen.length + " aanvragen; zet MIX op dat aantal");
        }
        Vergelijkingstotalen t = new Vergelijkingstotalen();
        long regels = 0;
        for (Aanvraag a : aanvragen) {
            t.tel(vergelijker.vergelijk("", a));
            regels += a.producten().size();
        }
        Totalen totalen = t.totalen();
        System.out.println("mix: " + totalen.aanvragen() + " aanvragen (" + regels + " regels), " + totalen.verschil()
                + " met verschil, " + totalen.alleenOud() + " alleen oud, " + totalen.gelijk() + " gelijk");
    }

    /**
     * The number of computable examples in docs/voorbeelden; JMH needs it as a constant. The setup fails when the
     * examples change, so that the figure always means "requests per second".
     */
    static final int MIX = 206;

    @TearDown
    public void opruimen() throws IOException {
        try (Stream<Path> alle = Files.walk(nieuw)) {
            for (Path p : alle.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** The engine twice, the comparison and the totals, per request (requests already read). */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void vergelijk(Draad draad, Blackhole bh) {
        for (Aanvraag a : aanvragen) {
            Aanvraagvergelijking v = vergelijker.vergelijk("", a);
            draad.totalen.tel(v);
            bh.consume(v);
        }
    }

    /** As {@link #vergelijk}, reading each request from its JSON first, as from a stored decision. */
    @Benchmark
    @OperationsPerInvocation(MIX)
    public void leesEnVergelijk(Draad draad, Blackhole bh) {
        for (String json : jsons) {
            Aanvraagvergelijking v = vergelijker.vergelijk("", AanvraagLezer.lees(json));
            draad.totalen.tel(v);
            bh.consume(v);
        }
    }

    private static Path gewijzigdeKopie(Path bron) throws IOException {
        Path doel = Files.createTempDirectory("indiceer-vergelijk-");
        try (Stream<Path> alle = Files.walk(bron)) {
            for (Path p : alle.toList()) {
                Path naar = doel.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
        }
        Path ridderkerk = doel.resolve("ridderkerk/2025-01-01.yaml");
        Path tariefjaar = doel.resolve("ridderkerk/2025-03-01.yaml");
        Files.copy(ridderkerk, tariefjaar);
        vervang(ridderkerk, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-01-01\ngeldig_tot: 2025-02-28\n");
        vervang(tariefjaar, "geldig_vanaf: 2025-01-01\n", "geldig_vanaf: 2025-03-01\n");
        vervang(tariefjaar, "{financiering: ZIN, eenheid: uur, bedrag: 58.80, bron: \"004:306\"}",
                "{financiering: ZIN, eenheid: uur, bedrag: 60.60, bron: \"004:306\"}");
        vervang(tariefjaar, "{financiering: ZIN, eenheid: minuut, bedrag: 0.98, bron: \"004:306\"}",
                "{financiering: ZIN, eenheid: minuut, bedrag: 1.01, bron: \"004:306\"}");
        String regels = "            eenheid: uur\n            aard: richtlijn\n            aard_bron: \"002:1155, 533-541\"\n";
        vervang(doel.resolve("flevoland/2025-01-01.yaml"), "            maximaal: 96\n" + regels,
                "            maximaal: 120\n" + regels);
        vervang(doel.resolve("noord-limburg/2023-01-01.yaml"),
                "      b: \"Logeren\"\n      oordeel: niet_mogelijk\n      toelichting: \"De gezinshuisaanbieder",
                "      b: \"Logeren\"\n      oordeel: mogelijk\n      toelichting: \"De gezinshuisaanbieder");
        return doel;
    }

    private static void vervang(Path bestand, String oud, String nieuw) throws IOException {
        String tekst = Files.readString(bestand);
        if (tekst.indexOf(oud) < 0 || tekst.indexOf(oud) != tekst.lastIndexOf(oud)) {
            throw new IllegalStateException("'" + oud + "' staat niet precies één keer in " + bestand);
        }
        Files.writeString(bestand, tekst.replace(oud, nieuw));
    }
}
