package nl.indiceer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "bereken", mixinStandardHelpOptions = true,
        description = {"Berekent volume, kosten, rekensom en bevindingen van een aanvraag (JSON, zie docs/aanvraag-formaat.md).",
                "Exitcode 0: geen FOUT; 1: minstens één FOUT; 2: ongeldige invoer; 3: interne fout."})
final class BerekenCommand implements Callable<Integer> {


    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AANVRAAG.json", description = "de aanvraag")
    Path aanvraag;

    @Option(names = "--formaat", defaultValue = "tekst", description = "json of tekst (standaard: ${DEFAULT-VALUE})")
    Formaat formaat;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
    Path regelingen;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json = Invoer.lees(aanvraag, err);
        Regelingen alle = json == null ? null : Invoer.regelingen(regelingen, err);
        if (alle == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        try {
            Aanvraag a = AanvraagLezer.lees(json);
            Uitkomst uitkomst = new Indicatiemotor(alle).bereken(a);
            out.print(formaat == Formaat.json ? UitkomstJson.schrijf(uitkomst) + "\n" : UitkomstTekst.schrijf(uitkomst));
            out.flush();
            return uitkomst.heeftFout() ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
        } catch (OngeldigeAanvraagException e) {
            return Invoer.ongeldig(e, formaat, out, err);
        }
    }
}
