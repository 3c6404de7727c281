package nl.indiceer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.json.VergelijkingJson;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelingen;
import nl.indiceer.vergelijking.Aanvraagvergelijking;
import nl.indiceer.vergelijking.Regelvergelijker;
import nl.indiceer.vergelijking.Totalen;
import nl.indiceer.vergelijking.Vergelijkingsstatus;
import nl.indiceer.vergelijking.Vergelijkingstotalen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code indiceer regeling vergelijk}: what a rule change would do to a folder of requests. Reads one request
 * at a time, hands it to the core's {@link Regelvergelijker} and prints it at once when it differs; only the
 * totals are kept.
 */
@Command(name = "vergelijk", mixinStandardHelpOptions = true,
        description = {"Berekent elke aanvraag in een map met de oude en met de nieuwe regelingen en toont elke aanvraag "
                + "waarvan volume, kosten of bevindingen verschillen (beide waarden, beide rekensommen), en de totalen "
                + "per gemeente, product en aanbieder.",
                "Exitcode 0: geen verschillen; 1: minstens één aanvraag verschilt; 2: ongeldige invoer (een "
                        + "aanvraagbestand dat niet te lezen is of dat geen van beide regelingen kan berekenen, of "
                        + "ongeldige regelingen); 3: interne fout."})
final class VergelijkCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--oud", required = true, paramLabel = "MAP", description = "map met de regelingen zoals ze gelden")
    Path oud;

    @Option(names = "--nieuw", required = true, paramLabel = "MAP", description = "map met de voorgestelde regelingen")
    Path nieuw;

    @Parameters(index = "0", paramLabel = "AANVRAGEN", description = "map met aanvragen (*.json, ook in submappen), of één aanvraag")
    Path aanvragen;

    @Option(names = "--formaat", defaultValue = "tekst", description = "json of tekst (standaard: ${DEFAULT-VALUE})")
    Formaat formaat;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Regelingen a = regelingen(oud, "--oud", err);
        Regelingen b = regelingen(nieuw, "--nieuw", err);
        List<Path> bestanden = bestanden(err);
        if (a == null || b == null || bestanden == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Regelvergelijker vergelijker = new Regelvergelijker(a, b);
        Vergelijkingstotalen totalen = new Vergelijkingstotalen();
        VergelijkingJson json = formaat == Formaat.json ? new VergelijkingJson(out) : null;
        if (json == null) {
            out.print(VergelijkingTekst.kop(oud, a, nieuw, b));
        }
        for (Aanvraagvergelijking v : (Iterable<Aanvraagvergelijking>) () -> vergelijkingen(vergelijker, bestanden)) {
            totalen.tel(v);
            if (v.status() == Vergelijkingsstatus.GELIJK) {
                continue;
            }
            if (json != null) {
                json.aanvraag(v);
            } else {
                out.print(VergelijkingTekst.aanvraag(v));
            }
            out.flush();
        }
        Totalen t = totalen.totalen();
        if (json != null) {
            json.totalen(t);
            out.println();
        } else {
            out.print(VergelijkingTekst.totalen(t));
        }
        out.flush();
        return t.ongeldig() > 0 ? IndiceerCommand.ONGELDIGE_INVOER
                : t.metVerschil() > 0 ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
    }

    /**
     * The comparisons in the order of the files, computed a block at a time on all cores (issue 12: a million requests
     * within a minute on two cores). Reading and computing a request is independent of every other; counting and
     * printing stay in this thread and in file order, so the output and the totals are those of one thread. A block
     * bounds what is held at once.
     */
    private static java.util.Iterator<Aanvraagvergelijking> vergelijkingen(Regelvergelijker vergelijker, List<Path> bestanden) {
        return new java.util.Iterator<>() {
            private int volgende;
            private java.util.Iterator<Aanvraagvergelijking> blok = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return blok.hasNext() || volgende < bestanden.size();
            }

            @Override
            public Aanvraagvergelijking next() {
                if (!blok.hasNext()) {
                    int tot = Math.min(bestanden.size(), volgende + BLOK);
                    // an ordered parallel stream's toList keeps the order of the files
                    blok = bestanden.subList(volgende, tot).parallelStream().map(b -> vergelijk(vergelijker, b)).toList().iterator();
                    volgende = tot;
                }
                return blok.next();
            }
        };
    }

    /** Requests compared at once: enough to keep two cores busy, few enough to keep memory small. */
    private static final int BLOK = 512;

    /** One request file: read and compared, or the reader's problems; never an exception for bad input. */
    private static Aanvraagvergelijking vergelijk(Regelvergelijker vergelijker, Path bestand) {
        String kenmerk = VeiligeTekst.schoon(bestand.toString());
        StringWriter leesfout = new StringWriter();
        String tekst = Invoer.lees(bestand, new PrintWriter(leesfout, true));
        if (tekst == null) {
            String melding = leesfout.toString().strip();
            String prefix = kenmerk + ": ";
            return Aanvraagvergelijking.onleesbaar(kenmerk, List.of(new Invoerfout("(bestand)", "ONLEESBAAR_BESTAND",
                    melding.startsWith(prefix) ? melding.substring(prefix.length()) : melding)));
        }
        try {
            return vergelijker.vergelijk(kenmerk, AanvraagLezer.lees(tekst));
        } catch (OngeldigeAanvraagException e) {
            return Aanvraagvergelijking.onleesbaar(kenmerk, e.fouten());
        }
    }

    /** The set of rulebooks of one side, or null after naming the side and every problem. */
    private static Regelingen regelingen(Path map, String optie, PrintWriter err) {
        if (!Files.isDirectory(map)) {
            err.println(optie + " " + VeiligeTekst.schoon(map.toString()) + ": is geen map met regelingen");
            err.flush();
            return null;
        }
        try {
            return Regelingen.laad(map);
        } catch (OngeldigeRegelingException e) {
            err.println("De regelingen van " + optie + " zijn ongeldig:");
            e.problemen().stream().map(Probleem::toString).forEach(err::println);
            err.flush();
            return null;
        }
    }

    /** Every *.json below the folder in a stable order (by path), or the one file given; null after saying why not. */
    private List<Path> bestanden(PrintWriter err) {
        if (Files.isRegularFile(aanvragen)) {
            return List.of(aanvragen);
        }
        if (!Files.isDirectory(aanvragen)) {
            err.println(VeiligeTekst.schoon(aanvragen.toString()) + ": map met aanvragen bestaat niet");
            err.flush();
            return null;
        }
        try (Stream<Path> alle = Files.walk(aanvragen)) {
            return alle.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            err.println(VeiligeTekst.schoon(aanvragen.toString()) + ": kan de map niet lezen (" + e.getMessage() + ")");
            err.flush();
            return null;
        }
    }
}
