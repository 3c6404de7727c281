package nl.indiceer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelingen;

/** What every command reads: an input file and the rulebooks; problems are told in Dutch, never as a stack trace. */
final class Invoer {

    private Invoer() {
    }

    /**
     * The file's text, or null after printing why it cannot be read. At most {@link JsonVelden#MAXIMALE_GROOTTE}
     * bytes are read: a larger file (or {@code /dev/zero}) is refused after reading one byte more, at once and
     * without filling the memory.
     */
    static String lees(Path bestand, PrintWriter err) {
        try (InputStream in = Files.newInputStream(bestand)) {
            byte[] inhoud = in.readNBytes(JsonVelden.MAXIMALE_GROOTTE + 1);
            if (inhoud.length > JsonVelden.MAXIMALE_GROOTTE) {
                err.println(VeiligeTekst.schoon(bestand.toString()) + ": is groter dan "
                        + JsonVelden.MAXIMALE_GROOTTE / (1024 * 1024) + " MB, de grens voor een invoerbestand; "
                        + "een aanvraag is veel kleiner. Is dit het goede bestand?");
                err.flush();
                return null;
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(inhoud)).toString();
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(bestand + ": bestand bestaat niet");
            err.flush();
            return null;
        } catch (java.nio.file.AccessDeniedException e) {
            err.println(bestand + ": geen leesrechten");
            err.flush();
            return null;
        } catch (java.nio.charset.CharacterCodingException e) {
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
        e.fouten().forEach(f -> err.println(VeiligeTekst.schoon(f.toString())));
        err.flush();
        return IndiceerCommand.ONGELDIGE_INVOER;
    }
}
