package nl.indiceer.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.brief.Beschikkingsbrief;
import nl.indiceer.brief.Besluitregel;
import nl.indiceer.brief.Briefmaker;
import nl.indiceer.brief.Briefsjablonen;
import nl.indiceer.brief.Geadresseerde;
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
 * One decision letter rendered warm: the three-line Noord-Limburg request, every line granted, Venray's letterhead,
 * filled into the shipped template and made into PDF/A-2a (fonts subset and embedded, tagged). Run from the
 * repository root, see docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BriefBenchmark {

    private Briefmaker maker;
    private Beschikkingsbrief brief;

    @Setup
    public void laad() throws IOException {
        Path root = Path.of(System.getProperty("indiceer.root", "."));
        Regelingen regelingen = Regelingen.laad(root.resolve("regelingen"));
        Aanvraag aanvraag = AanvraagLezer.lees(Files.readString(root.resolve("docs/voorbeelden/benchmark-drie-regels.json")));
        Uitkomst uitkomst = new Indicatiemotor(regelingen).bereken(aanvraag);
        maker = new Briefmaker(Briefsjablonen.laad(root.resolve("brieven")));
        brief = new Beschikkingsbrief("2026-000123", LocalDate.of(2026, 2, 20), Beschikkingsoort.EERSTE, null, "0984",
                new Geadresseerde("A. Jansen", List.of("Dorpsstraat 12", "5801 AA Venray")), uitkomst,
                Besluitregel.van(aanvraag, uitkomst, regelingen, Besluitregel.allesToegekend(uitkomst), Map.of()));
    }

    /** Template filled in and rendered to PDF/A-2a bytes. */
    @Benchmark
    public byte[] maakBrief() {
        return maker.maak(brief);
    }
}
