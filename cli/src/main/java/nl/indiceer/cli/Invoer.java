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
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(bestand + ": bestand bestaat niet");
            err.flush();
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println(bestand + ": geen leesrechten");
            err.flush();
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            err.println(bestand + ": is geen UTF-8-tekst");
            err.flush();
            return null;
        } catch (IOException e) {
            err.println(bestand + (Files.isDirectory(bestand) ? ": is een map, geen bestand"
                    : ": kan niet gelezen worden (" + e.getMessage() + ")"));
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

    /** Invalid input: one line per problem on stderr (path: message), and with JSON also the coded list on stdout. */
    static int ongeldig(nl.indiceer.aanvraag.OngeldigeAanvraagException e, Formaat formaat, PrintWriter out, PrintWriter err) {
        if (formaat == Formaat.json) {
            out.println(nl.indiceer.json.UitkomstJson.fouten(e.fouten()));
            out.flush();
        }
        e.fouten().forEach(err::println);
        err.flush();
        return IndiceerCommand.ONGELDIGE_INVOER;
    }
}
