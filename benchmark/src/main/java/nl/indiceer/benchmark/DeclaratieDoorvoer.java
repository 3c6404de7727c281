package nl.indiceer.benchmark;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.declaratie.Declaratieverwerking;
import nl.indiceer.berichten.declaratie.Leveringsspecificatielezer;
import nl.indiceer.berichten.declaratie.Leveringsspecificaties;
import nl.indiceer.berichten.declaratie.GedeclareerdePrestatie;
import nl.indiceer.berichten.declaratie.Toewijzingsregister;
import nl.indiceer.declaratie.Controleuitkomst;
import nl.indiceer.declaratie.Declaratiecontrole;
import nl.indiceer.declaratie.Regioregelkeuze;
import nl.indiceer.regeling.Regelingen;

/**
 * Throughput of the declaration check against a bare StAX pass over the same 323s, side by side in one run (issue 11:
 * the check at least half as fast). Not JMH: one pass over a large set takes seconds and the interesting number is the
 * ratio of two whole passes, alternated so both see the same disk cache and JIT state.
 *
 * <pre>java -Xmx512m -Dindiceer.root=. -cp ... nl.indiceer.benchmark.DeclaratieDoorvoer SET [RONDES]</pre>
 * SET is a folder made by {@code indiceer declaraties genereer} (toewijzingen/ and declaraties/).
 */
public final class DeclaratieDoorvoer {

    private DeclaratieDoorvoer() {
    }

    public static void main(String[] args) throws Exception {
        Path set = Path.of(args[0]);
        int rondes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> bestanden = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(set.resolve("declaraties"), "*.xml")) {
            s.forEach(bestanden::add);
        }
        bestanden.sort(Comparator.comparing(p -> p.getFileName().toString()));
        long bytes = 0;
        for (Path p : bestanden) {
            bytes += Files.size(p);
        }
        long t0 = System.nanoTime();
        Toewijzingsregister register = Toewijzingsregister.uitMap(set.resolve("toewijzingen"));
        // the regions' own rules, as the command line applies them to a 323 with a leveringsspecificatie beside it
        Path regelingen = Path.of(System.getProperty("indiceer.root", ".")).resolve("regelingen");
        Regioregelkeuze regio = Files.isDirectory(regelingen) ? new Regioregelkeuze(Regelingen.laad(regelingen)) : null;
        long laden = System.nanoTime() - t0;
        System.out.printf("set: %d 323's, %.1f MB; %d toewijzingen uit %d 301's geladen in %.1f s%n", bestanden.size(),
                bytes / 1e6, register.aantal(), register.berichten(), laden / 1e9);
        for (int r = 1; r <= rondes; r++) {
            // a fresh folder per round, as the command line writes new 325s: writing over the previous round's files
            // made the file system flush each replaced file at its rename (ext4), which no real check pays for
            Path uit = Files.createTempDirectory("doorvoer-325-");
            long cpu0 = procesCpu();
            long[] kaal = kaal(bestanden);
            long cpu1 = procesCpu();
            long[] controle = controle(bestanden, register, regio, uit);
            long cpu2 = procesCpu();
            verwijder(uit);
            double kaalPerS = kaal[1] / (kaal[0] / 1e9);
            double controlePerS = controle[1] / (controle[0] / 1e9);
            Runtime rt = Runtime.getRuntime();
            System.out.printf("ronde %d: kale StAX %.2f s (%,.0f prestaties/s); controle + 325 %.2f s (%,.0f prestaties/s, "
                            + "%d afgekeurd); verhouding %.2f; heap in gebruik %d MB van max %d MB%n", r, kaal[0] / 1e9,
                    kaalPerS, controle[0] / 1e9, controlePerS, controle[2], controlePerS / kaalPerS,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            // CPU time of the whole process (garbage collector and compiler included) as a second ratio: on a machine
            // other sessions keep busy, wall clock measures their load as much as this code
            System.out.printf("ronde %d, processor-tijd van het proces: kale StAX %.2f s, controle + 325 %.2f s; verhouding %.2f%n",
                    r, (cpu1 - cpu0) / 1e9, (cpu2 - cpu1) / 1e9, (double) (cpu1 - cpu0) / (cpu2 - cpu1));
        }
    }

    /** The round's 325s, after its time was taken. */
    private static void verwijder(Path uit) throws IOException {
        try (var s = Files.list(uit)) {
            for (Path p : s.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(uit);
    }

    /** CPU time of all threads of this JVM so far, in nanoseconds. */
    private static long procesCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Reads every event of every file and does nothing with it; counts the Prestatie elements. */
    private static long[] kaal(List<Path> bestanden) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long start = System.nanoTime();
        long prestaties = 0;
        for (Path p : bestanden) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(p), 1 << 16)) {
                XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("Prestatie")) {
                        prestaties++;
                    }
                }
                r.close();
            }
        }
        return new long[] {System.nanoTime() - start, prestaties};
    }

    /**
     * The check as the command line does it: a fresh state, every 323 in order with the leveringsspecificatie beside it
     * when there is one (read in the timed pass: the command reads it too), a 325 written for each.
     */
    private static long[] controle(List<Path> bestanden, Toewijzingsregister register, Regioregelkeuze regio, Path uit)
            throws Exception {
        long start = System.nanoTime();
        Declaratieverwerking v = new Declaratieverwerking(new Declaratiecontrole(register::toewijzing), regio);
        long prestaties = 0;
        long afgekeurd = 0;
        int n = 0;
        Declaratieverwerking.Verslag stil = new Declaratieverwerking.Verslag() {
            @Override
            public void kop(Declaratiekop kop) {
            }

            @Override
            public void uitkomst(GedeclareerdePrestatie prestatie, Controleuitkomst uitkomst) {
            }
        };
        for (Path p : bestanden) {
            Path doel = uit.resolve(p.getFileName().toString().replace(".xml", "-325.xml"));
            Path csv = p.resolveSibling(p.getFileName().toString().replace(".xml", ".csv"));
            Leveringsspecificaties spec = Leveringsspecificaties.GEEN;
            if (Files.isRegularFile(csv)) {
                try (InputStream in = Files.newInputStream(csv)) {
                    spec = Leveringsspecificatielezer.lees(in);
                }
            }
            try (InputStream in = Files.newInputStream(p)) {
                Declaratieverwerking.Resultaat r = v.verwerk(in, k -> doel, "A" + (++n), LocalDate.of(2027, 5, 1), stil, spec);
                prestaties += r.prestaties();
                afgekeurd += r.afgekeurd();
            } catch (IOException e) {
                throw e;
            }
        }
        return new long[] {System.nanoTime() - start, prestaties, afgekeurd};
    }
}
