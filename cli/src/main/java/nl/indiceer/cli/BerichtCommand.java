package nl.indiceer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.berichten.xml.Schemacontrole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** iJw and iWmo 3.2 messages from the command line: for testing, and for providers' test environments. */
@Command(name = "bericht", mixinStandardHelpOptions = true,
        description = "iJw- en iWmo-berichten (release 3.2): de 301 die een aanvraag zou geven, of een bericht controleren.",
        subcommands = {Bericht301Command.class, BerichtLeesCommand.class})
final class BerichtCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * The folder of the official schemas: the option, else -Dindiceer.istandaarden or $INDICEER_ISTANDAARDEN, else a
     * folder {@code istandaarden} here or above the jar; null when there is none (messages are then checked without
     * their XSD).
     */
    static Schemacontrole schema(Path optie) {
        Path map = optie != null ? optie : Schemacontrole.ingesteldeMap();
        if (map == null) {
            Path gevonden = IndiceerCommand.dataMap(null, Schemacontrole.OMGEVINGSVARIABELE, "istandaarden");
            map = Files.isDirectory(gevonden) ? gevonden : null;
        }
        return map == null ? null : Schemacontrole.uit(map);
    }
}
