package nl.indiceer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berichten.Berichtuitleg;
import nl.indiceer.berichten.Codelijst;
import nl.indiceer.berichten.Retourbericht;
import nl.indiceer.berichten.Retouruitleg;
import nl.indiceer.berichten.xml.Berichtcontrole;
import nl.indiceer.berichten.xml.Berichtlezer;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.berichten.xml.Retourlezer;
import nl.indiceer.berichten.xml.Schemacontrole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Checks a message against its schema and the rules of the standard and says what it means; a retour (JW302, JW320) or
 * a 325 with the Dutch meaning of each retourcode from the official code list WJ001, the code alone when the list is
 * not available.
 */
@Command(name = "lees", mixinStandardHelpOptions = true,
        description = {"Controleert een bericht (301, 305, 307, 315, 317, 319 of 325 van iJw of iWmo 3.2, of een retourbericht "
                + "JW302 of JW320) tegen het officiële schema (als de map ervan bekend is) en de regels, en zegt wat het "
                + "betekent; retourcodes met hun betekenis uit codelijst WJ001 van die map.",
                "Exitcode 0: geldig; 2: afgekeurd (met regel en reden) of onleesbaar; 3: interne fout."})
final class BerichtLeesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "BERICHT.xml", description = "het bericht")
    Path bestand;

    @Option(names = "--istandaarden", paramLabel = "MAP",
            description = "map met de officiële iStandaarden (ijw/xsd, iwmo/xsd, ijw/codelijsten); standaard $INDICEER_ISTANDAARDEN")
    Path istandaarden;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String naam = VeiligeTekst.schoon(bestand.toString());
        byte[] inhoud;
        try (InputStream in = Files.newInputStream(bestand)) {
            inhoud = in.readNBytes(Berichtlezer.MAXIMALE_GROOTTE + 1);
        } catch (java.nio.file.NoSuchFileException e) {
            err.println(naam + ": bestand bestaat niet");
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        } catch (IOException e) {
            err.println(naam + (Files.isDirectory(bestand) ? ": is een map, geen bestand" : ": kan niet gelezen worden"));
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Schemacontrole schema = BerichtCommand.schema(istandaarden);
        // the retourcodes' meanings: the official code list beside the schemas, read now, never part of Indiceer
        Codelijst wj001 = Codelijst.uit(schema == null ? null : schema.map(), "ijw", "WJ001");
        if (Retourlezer.isRetour(inhoud)) {
            return retour(naam, inhoud, schema, wj001, out, err);
        }
        Berichtcontrole.Uitslag u = new Berichtcontrole(schema).controleer(inhoud);
        if (!u.geldig()) {
            err.println(naam + ": afgekeurd" + (u.bericht() == null ? "" : " (" + u.bericht().soort() + ")") + ":");
            for (OngeldigBerichtException.Melding m : u.meldingen()) {
                err.println("  " + VeiligeTekst.schoon(m.toString()));
            }
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        out.println(naam + ": geldig.");
        Berichtuitleg.regels(u.bericht(), wj001).forEach(r -> out.println("  " + VeiligeTekst.schoon(r)));
        out.println(u.schemaGebruikt() != null ? "Gecontroleerd tegen " + u.schemaGebruikt() + " en de regels van de standaard."
                : "Niet tegen het officiële schema gecontroleerd (geef --istandaarden MAP of zet "
                + Schemacontrole.OMGEVINGSVARIABELE + "); wel de opbouw, datums en de regels van de standaard.");
        out.flush();
        return IndiceerCommand.GEEN_FOUT;
    }

    /** A retour (JW302, JW320): which message it answers and what each code says; checked against its XSD when known. */
    private static Integer retour(String naam, byte[] inhoud, Schemacontrole schema, Codelijst wj001, PrintWriter out,
                                  PrintWriter err) {
        Retourbericht r;
        List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>();
        try {
            r = Retourlezer.lees(inhoud);
        } catch (OngeldigBerichtException e) {
            r = null;
            meldingen.addAll(e.meldingen());
        }
        if (r != null && schema != null) {
            try {
                meldingen.addAll(schema.controleer(r.soort(), inhoud));
            } catch (OngeldigBerichtException e) {
                meldingen.addAll(e.meldingen());
            }
        }
        if (!meldingen.isEmpty()) {
            err.println(naam + ": afgekeurd" + (r == null ? "" : " (" + r.soort() + ")") + ":");
            meldingen.forEach(m -> err.println("  " + VeiligeTekst.schoon(m.toString())));
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        out.println(naam + ": geldig retourbericht.");
        Retouruitleg.regels(r, wj001).forEach(x -> out.println("  " + VeiligeTekst.schoon(x)));
        out.println(schema != null ? "Gecontroleerd tegen " + schema.xsd(r.soort()) + "."
                : "Niet tegen het officiële schema gecontroleerd (geef --istandaarden MAP of zet "
                + Schemacontrole.OMGEVINGSVARIABELE + "); wel de opbouw, datums en de retourcodes.");
        out.flush();
        return IndiceerCommand.GEEN_FOUT;
    }
}
