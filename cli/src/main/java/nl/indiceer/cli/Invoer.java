package nl.indiceer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelingen;

/** What every command reads: an input file and the rulebooks; problems are told in Dutch, never as a stack trace. */
final class Invoer {

    private Invoer() {
    }

    /** The file's text, or null after printing why it cannot be read. */
    static String lees(Path bestand, PrintWriter err) {
        try {
            return Files.readString(bestand, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println(bestand + ": kan niet gelezen worden (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
            err.flush();
            return null;
        }
    }

    /** All rulebooks, or null after printing every problem (file:line: field: what). */
    static Regelingen regelingen(Path optie, PrintWriter err) {
        try {
            return Regelingen.laad(IndiceerCommand.regelingenMap(optie));
        } catch (OngeldigeRegelingException e) {
            err.println("De regelingen zijn ongeldig:");
            e.problemen().stream().map(Probleem::toString).forEach(err::println);
            err.flush();
            return null;
        }
    }
}
