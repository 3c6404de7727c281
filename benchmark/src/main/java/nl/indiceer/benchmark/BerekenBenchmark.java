package nl.indiceer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.regeling.Regelingen;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of {@code bereken} on a three-line request with running allocations (Noord-Limburg, with its
 * stapelingsmatrix), single-threaded. Run from the repository root, see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BerekenBenchmark {

    private Indicatiemotor motor;
    private Aanvraag aanvraag;
    private String json;

    @Setup
    public void laad() throws IOException {
        Path root = Path.of(System.getProperty("indiceer.root", "."));
        motor = new Indicatiemotor(Regelingen.laad(root.resolve("regelingen")));
        json = Files.readString(root.resolve("docs/voorbeelden/benchmark-drie-regels.json"));
        aanvraag = AanvraagLezer.lees(json);
    }

    /** The engine alone: volumes, costs, rekensom and all checks. */
    @Benchmark
    public Uitkomst bereken() {
        return motor.bereken(aanvraag);
    }

    /** Reading the JSON request and computing it. */
    @Benchmark
    public Uitkomst leesEnBereken() {
        return motor.bereken(AanvraagLezer.lees(json));
    }

    /** Loading all five rulebooks from disk (single shot per iteration would be noisy; this is the average). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public Regelingen laadRegelingen() {
        return Regelingen.laad(Path.of(System.getProperty("indiceer.root", ".")).resolve("regelingen"));
    }
}
