package nl.indiceer.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs the real command line (with its Dutch error handling) in a test and keeps what it printed. */
final class Cli {

    static final Path ROOT = Path.of(System.getProperty("indiceer.root", "..")).toAbsolutePath().normalize();

    /** The official iStandaarden: {@code indiceer.istandaarden.test} (the build passes it), else beside the repository. */
    static Path istandaarden() {
        String ingesteld = System.getProperty("indiceer.istandaarden.test");
        return ingesteld != null && !ingesteld.isBlank() ? Path.of(ingesteld).toAbsolutePath().normalize()
                : ROOT.resolve("../shared/istandaarden").normalize();
    }

    record Resultaat(int exit, String out, String err) {
    }

    private Cli() {
    }

    static Resultaat voer(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = IndiceerCommand.opdracht();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int exit = cmd.execute(args);
        return new Resultaat(exit, out.toString(), err.toString());
    }
}
