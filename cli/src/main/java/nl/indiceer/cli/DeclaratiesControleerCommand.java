package nl.indiceer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berichten.declaratie.Declaratieverwerking;
import nl.indiceer.berichten.declaratie.Leveringsspecificatielezer;
import nl.indiceer.berichten.declaratie.Leveringsspecificaties;
import nl.indiceer.berichten.declaratie.OngeldigeSpecificatieException;
import nl.indiceer.berichten.declaratie.Overloopschrijver;
import nl.indiceer.berichten.declaratie.TellendeInvoer;
import nl.indiceer.berichten.declaratie.Toewijzingsregister;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.declaratie.Declaratiecontrole;
import nl.indiceer.declaratie.Regioregelkeuze;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks 323s against the allocations of a folder of 301s, as a stream: memory grows with the allocations (and what
 * was approved on them), not with the size of the 323s. Writes a 325 per 323 and one readable report.
 */
@Command(name = "controleer", mixinStandardHelpOptions = true,
        description = {"Controleert declaraties (JW323/WMO323; een bestand of alle *.xml in een map, op naamvolgorde) per "
                + "prestatie tegen de toewijzingen uit een map met 301's (TR321, TR322, TR346, OP279, OP367, debet/credit), "
                + "schrijft per 323 een 325 (alleen de afgekeurde prestaties met hun retourcodes, IV087) en rapport.txt: per "
                + "aanbieder, per cliënt, per regel goedgekeurd of afgekeurd met de regel en de reden.",
                "Eigen regels van de regio (no-show, afwezigheid, groepstijd) gelden voor prestaties met een "
                        + "leveringsspecificatie: <naam>.csv naast <naam>.xml, of in de map van --specificaties "
                        + "(docs/leveringsspecificatie.md). De gemeente van de 323 en de datum van de prestatie kiezen de regeling.",
                "Een 323 die niet te lezen is (kapot, afgebroken, verkeerde BerichtCode, onmogelijke datum) wordt in zijn "
                        + "geheel afgewezen met regel en reden: er komt geen 325 en niets ervan telt mee.",
                "Exitcode 0: alles goedgekeurd; 1: prestaties afgekeurd; 2: ongeldige invoer (een 323 of 301 afgewezen, "
                        + "map ontbreekt); 3: interne fout."})
final class DeclaratiesControleerCommand implements Callable<Integer> {

    /** One 323 is one provider's month for one municipality; 2 GB is far beyond any real one. */
    static final long MAXIMALE_GROOTTE = 2L * 1024 * 1024 * 1024;
    /** From this total size a progress bar is shown (on a terminal only). */
    static final long VOORTGANG_VANAF = 16L * 1024 * 1024;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BESTAND-OF-MAP", description = "een 323 of een map met 323's")
    Path invoer;

    @Option(names = "--toewijzingen", required = true, paramLabel = "MAP", description = "map met de 301's van de toewijzingen")
    Path toewijzingen;

    @Option(names = "--specificaties", paramLabel = "MAP",
            description = "map met de leveringsspecificaties (<naam van de 323>.csv); standaard: naast elke 323")
    Path specificaties;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
    Path regelingen;

    @Option(names = "--uit", paramLabel = "MAP", defaultValue = "declaratiecontrole",
            description = "map voor de 325's en rapport.txt (standaard ./declaratiecontrole)")
    Path uit;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(toewijzingen)) {
            return ongeldig(err, VeiligeTekst.schoon(toewijzingen.toString()) + ": geen map met 301's");
        }
        List<Path> bestanden = new ArrayList<>();
        if (Files.isDirectory(invoer)) {
            try (DirectoryStream<Path> s = Files.newDirectoryStream(invoer, "*.xml")) {
                s.forEach(bestanden::add);
            }
            bestanden.sort(Comparator.comparing(p -> p.getFileName().toString()));
            if (bestanden.isEmpty()) {
                return ongeldig(err, VeiligeTekst.schoon(invoer.toString()) + ": de map bevat geen *.xml");
            }
        } else if (Files.isRegularFile(invoer)) {
            bestanden.add(invoer);
        } else {
            return ongeldig(err, VeiligeTekst.schoon(invoer.toString()) + ": bestand of map bestaat niet");
        }
        Toewijzingsregister register;
        try {
            register = Toewijzingsregister.uitMap(toewijzingen);
        } catch (Toewijzingsregister.OngeldigeToewijzingException e) {
            return ongeldig(err, "toewijzing afgewezen: " + VeiligeTekst.schoon(e.getMessage()));
        }
        if (register.aantal() == 0) {
            return ongeldig(err, VeiligeTekst.schoon(toewijzingen.toString()) + ": geen 301's met toewijzingen gevonden");
        }
        if (specificaties != null && !Files.isDirectory(specificaties)) {
            return ongeldig(err, VeiligeTekst.schoon(specificaties.toString()) + ": geen map met leveringsspecificaties");
        }
        // without rulebooks (none given, none found) the iStandaarden rules still apply: the check does not need them
        boolean zonderRegelingen = regelingen == null && !Files.isDirectory(IndiceerCommand.regelingenMap(null));
        Regelingen alleRegelingen = zonderRegelingen ? null : Invoer.regelingen(regelingen, err);
        if (!zonderRegelingen && alleRegelingen == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Files.createDirectories(uit);
        long totaal = 0;
        for (Path p : bestanden) {
            totaal += Files.size(p);
        }
        Declaratiecontrole controle = new Declaratiecontrole(register::toewijzing);
        Declaratieverwerking verwerking = new Declaratieverwerking(controle,
                alleRegelingen == null ? null : new Regioregelkeuze(alleRegelingen));
        long prestaties = 0;
        long afgekeurd = 0;
        int ongeldig = 0;
        int volgnummer = 0;
        LocalDate vandaag = LocalDate.now();
        Path rapport = uit.resolve("rapport.txt");
        try (Writer r = Files.newBufferedWriter(rapport, StandardCharsets.UTF_8);
             ProgressBar balk = voortgang(totaal)) {
            r.write("Controle van declaraties op " + Declaratierapport.datum(vandaag) + "\n");
            r.write("Toewijzingen: " + register.aantal() + " uit " + register.berichten() + " 301's in "
                    + VeiligeTekst.schoon(toewijzingen.toString()) + "\n");
            if (alleRegelingen == null) {
                r.write("Geen regelingen gevonden: eigen regels van regio's worden niet toegepast\n");
            }
            long gelezen = 0;
            for (Path bestand : bestanden) {
                String naam = VeiligeTekst.schoon(bestand.getFileName().toString());
                if (Files.size(bestand) > MAXIMALE_GROOTTE) {
                    err.println(naam + ": afgewezen: groter dan 2 GB; geen declaratie is zo groot");
                    r.write("\n== " + naam + ": afgewezen, niet verwerkt: groter dan 2 GB\n");
                    ongeldig++;
                    continue;
                }
                String basis = bestand.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
                Path antwoord = uit.resolve(basis + "-325.xml");
                Path csv = (specificaties != null ? specificaties : bestand.toAbsolutePath().getParent()).resolve(basis + ".csv");
                Leveringsspecificaties spec = Leveringsspecificaties.GEEN;
                if (Files.isRegularFile(csv)) {
                    try (InputStream in = Files.newInputStream(csv)) {
                        spec = Leveringsspecificatielezer.lees(in);
                    } catch (OngeldigeSpecificatieException e) {
                        // checked without it, the region's rules would approve what they refuse: the 323 waits for a good one
                        ongeldig++;
                        String reden = "leveringsspecificatie " + VeiligeTekst.schoon(csv.getFileName().toString()) + ": "
                                + e.getMessage() + " (" + e.code() + ")";
                        err.println(naam + ": afgewezen, niet verwerkt: " + reden);
                        r.write("\n== " + naam + ": afgewezen, niet verwerkt (geen 325): " + reden + "\n");
                        gelezen += Files.size(bestand);
                        continue;
                    }
                }
                // the section of this 323 is kept apart until the 323 is read to its end: a refused one leaves only its
                // refusal (in memory; a temporary file only for a very large one)
                Overloopschrijver deel = new Overloopschrijver(uit, ".rapport-");
                try {
                    Declaratieverwerking.Resultaat res;
                    Declaratierapport verslag;
                    try (InputStream in = new Teller(Files.newInputStream(bestand), balk, gelezen)) {
                        verslag = new Declaratierapport(deel, naam);
                        res = verwerking.verwerk(in, k -> antwoord, "A" + (++volgnummer), vandaag, verslag, spec);
                        verslag.samenvatting(res, antwoord.getFileName().toString());
                        verslag.specificatie(spec, Files.isRegularFile(csv) ? csv.getFileName().toString() : null);
                    } catch (OngeldigBerichtException e) {
                        ongeldig++;
                        String reden = e.meldingen().stream().map(m -> VeiligeTekst.schoon(m.toString())).reduce((a, b) -> a + "; " + b)
                                .orElse("");
                        err.println(naam + ": afgewezen, niet verwerkt: " + reden);
                        r.write("\n== " + naam + ": afgewezen, niet verwerkt (geen 325): " + reden + "\n");
                        continue;
                    }
                    deel.kopieerNaar(r);
                    prestaties += res.prestaties();
                    afgekeurd += res.afgekeurd();
                } finally {
                    deel.close();
                    gelezen += Files.size(bestand);
                    if (balk != null) {
                        balk.stepTo(gelezen);
                    }
                }
            }
            r.write("\nTotaal: " + bestanden.size() + " bestanden, " + ongeldig + " afgewezen; " + prestaties + " prestaties, "
                    + (prestaties - afgekeurd) + " goedgekeurd, " + afgekeurd + " afgekeurd\n");
        }
        out.println(bestanden.size() + " declaratiebestand(en), " + ongeldig + " afgewezen; " + prestaties + " prestaties: "
                + (prestaties - afgekeurd) + " goedgekeurd, " + afgekeurd + " afgekeurd.");
        out.println("Rapport: " + VeiligeTekst.schoon(rapport.toString()) + "; 325's in " + VeiligeTekst.schoon(uit.toString()));
        out.flush();
        err.flush();
        return ongeldig > 0 ? IndiceerCommand.ONGELDIGE_INVOER : afgekeurd > 0 ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
    }

    private static int ongeldig(PrintWriter err, String melding) {
        err.println("indiceer: " + melding);
        err.flush();
        return IndiceerCommand.ONGELDIGE_INVOER;
    }

    /** A progress bar on stderr, only on a terminal and for a long run. */
    private static ProgressBar voortgang(long totaal) {
        if (System.console() == null || totaal < VOORTGANG_VANAF) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("Controle").setInitialMax(totaal).setUnit(" MB", 1024 * 1024)
                .setUpdateIntervalMillis(500).setConsumer(new ConsoleProgressBarConsumer(System.err)).showSpeed().build();
    }

    /** Moves the progress bar as the bytes of a 323 are read. */
    private static final class Teller extends TellendeInvoer {
        private final ProgressBar balk;
        private final long basis;
        private long gelezen;

        Teller(InputStream in, ProgressBar balk, long basis) {
            super(in);
            this.balk = balk;
            this.basis = basis;
        }

        @Override
        protected void tel(long n) {
            gelezen += n;
            if (balk != null) {
                balk.stepTo(basis + gelezen);
            }
        }
    }
}
