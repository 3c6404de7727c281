package nl.indiceer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.aanvraag.VeiligeTekst;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code indiceer} command: compute indications and check rulebooks from the command line. */
@Command(name = "indiceer", mixinStandardHelpOptions = true, version = "indiceer 0.1.0",
        description = "Indiceer: volume, kosten en toetsing van een indicatie volgens de regeling van de regio.",
        subcommands = {BerekenCommand.class, RegelingCommand.class, NormeerCommand.class, BriefCommand.class,
                BerichtCommand.class, DeclaratiesCommand.class})
public final class IndiceerCommand implements Runnable {

    /** Exit codes: 0 without FOUT findings, 1 with, 2 invalid input, 3 an unexpected error in the tool itself. */
    static final int GEEN_FOUT = 0;
    static final int MET_FOUT = 1;
    static final int ONGELDIGE_INVOER = 2;
    static final int INTERNE_FOUT = 3;

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }

    public static void main(String[] args) {
        int exit;
        try {
            exit = uitvoeren(args);
        } catch (Throwable t) {
            // Even while parsing the arguments: an Error must not end the JVM with exit code 1 ("FOUT findings").
            System.err.println(interneFout(t));
            exit = INTERNE_FOUT;
        }
        System.exit(exit);
    }

    static int uitvoeren(String... args) {
        return opdracht().execute(args);
    }

    /**
     * The one Dutch line for a failure of the tool itself. An Error (out of memory, a stack overflow) gets it
     * too: uncaught it would end the JVM with exit code 1, which means "FOUT findings".
     */
    static String interneFout(Throwable ex) {
        String wat = ex instanceof OutOfMemoryError ? "onvoldoende geheugen"
                : ex instanceof StackOverflowError ? "te diep geneste berekening"
                : ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        return "indiceer: interne fout (" + VeiligeTekst.schoon(wat) + "). Dit is een fout in Indiceer, niet in uw invoer; "
                + "meld het met de invoer erbij.";
    }

    /** The command line with its Dutch texts and error handling, as main() runs it; tests use it too. */
    static CommandLine opdracht() {
        CommandLine cmd = new CommandLine(new IndiceerCommand());
        cmd.setExecutionExceptionHandler((ex, c, p) -> {
            c.getErr().println(interneFout(ex));
            c.getErr().flush();
            return INTERNE_FOUT;
        });
        // picocli hands only Exceptions to the handler above; an Error would escape execute() and end with exit 1.
        CommandLine.IExecutionStrategy uitvoering = new CommandLine.RunLast();
        cmd.setExecutionStrategy(parseResult -> {
            try {
                return uitvoering.execute(parseResult);
            } catch (Error e) {
                CommandLine c = parseResult.commandSpec().commandLine();
                c.getErr().println(interneFout(e));
                c.getErr().flush();
                return INTERNE_FOUT;
            }
        });
        cmd.setResourceBundle(java.util.ResourceBundle.getBundle("nl.indiceer.cli.Teksten"));
        cmd.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("indiceer: " + melding(ex));
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return ONGELDIGE_INVOER;
        });
        return cmd;
    }

    /** picocli's messages are English; the ones a user meets most are said in Dutch. */
    private static String melding(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException m) {
            return "ontbrekende parameter: " + String.join(", ", m.getMissing().stream()
                    .map(x -> x.paramLabel()).toList());
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            return "onbekende optie of parameter: " + String.join(" ", u.getUnmatched());
        }
        if (ex.getArgSpec() != null && ex.getMessage() != null && ex.getMessage().startsWith("Invalid value")) {
            String naam = ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : ex.getArgSpec().paramLabel();
            StringBuilder keuzes = new StringBuilder();
            if (ex.getArgSpec().completionCandidates() != null) {
                ex.getArgSpec().completionCandidates().forEach(k -> keuzes.append(keuzes.length() == 0 ? "" : ", ").append(k));
            }
            return "ongeldige waarde voor " + naam + (keuzes.length() == 0 ? "" : "; kies uit " + keuzes);
        }
        return ex.getMessage();
    }

    /** The rulebook folder: the option, else $INDICEER_REGELINGEN, else ./regelingen, else next to the jar. */
    static Path regelingenMap(Path optie) {
        return dataMap(optie, "INDICEER_REGELINGEN", "regelingen");
    }

    /**
     * A data folder of the project (regelingen, normenkaders): the option, else the environment
     * variable, else ./naam, else the folder of that name above the application's jar (so the command
     * works from any directory).
     */
    static Path dataMap(Path optie, String omgevingsvariabele, String naam) {
        if (optie != null) {
            return optie;
        }
        String env = System.getenv(omgevingsvariabele);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        Path hier = Path.of(naam);
        if (Files.isDirectory(hier)) {
            return hier;
        }
        try {
            Path jar = Path.of(IndiceerCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve(naam))) {
                    return p.resolve(naam);
                }
            }
        } catch (Exception e) {
            // no jar location (e.g. run from classes): fall through to ./naam
        }
        return hier;
    }
}
