package nl.indiceer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import nl.indiceer.regeling.OngeldigeRegelingException;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Product;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "regeling", mixinStandardHelpOptions = true, description = "Regelingen controleren, tonen en vergelijken.",
        subcommands = {RegelingCommand.Controleer.class, RegelingCommand.Toon.class, VergelijkCommand.class})
final class RegelingCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "controleer", mixinStandardHelpOptions = true,
            description = "Controleert alle regelingen in een map; elke fout met bestand, regel en veld.")
    static final class Controleer implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
        Path map;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                Regelingen r = Regelingen.laad(IndiceerCommand.regelingenMap(map));
                for (String regio : r.regios()) {
                    for (Regeling v : r.versies(regio)) {
                        out.println("OK  " + v.bestand() + ": " + v.producten().size() + (v.producten().size() == 1 ? " product" : " producten") + ", geldig vanaf "
                                + v.geldigVanaf() + (v.geldigTot() == null ? "" : " t/m " + v.geldigTot())
                                + ", sha256:" + v.versie().hash().substring(0, 8) + "…");
                        v.tariefbladen().forEach(b -> out.println("    met tarieven " + b.bestand() + ": "
                                + b.tarieven().size() + (b.tarieven().size() == 1 ? " product" : " producten") + ", geldig vanaf "
                                + b.geldigVanaf() + (b.geldigTot() == null ? "" : " t/m " + b.geldigTot())));
                    }
                }
                out.flush();
                return IndiceerCommand.GEEN_FOUT;
            } catch (OngeldigeRegelingException e) {
                PrintWriter err = spec.commandLine().getErr();
                e.problemen().stream().map(Probleem::toString).forEach(err::println);
                err.println(e.problemen().size() + " probleem/problemen gevonden.");
                err.flush();
                return IndiceerCommand.MET_FOUT;
            }
        }
    }

    @Command(name = "toon", mixinStandardHelpOptions = true, description = "Toont de producten van een regio.")
    static final class Toon implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "REGIO", description = "bijv. achterhoek, noord-limburg, flevoland, drechtsteden, ridderkerk")
        String regio;

        @Option(names = "--peildatum", description = "datum JJJJ-MM-DD (standaard: vandaag)")
        LocalDate peildatum;

        @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
        Path regelingen;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Regelingen alle = Invoer.regelingen(regelingen, err);
            if (alle == null) {
                return IndiceerCommand.ONGELDIGE_INVOER;
            }
            if (alle.regio(regio) == null) {
                err.println("regio: onbekende regio '" + regio + "'; kies uit " + String.join(", ", alle.regios()));
                return IndiceerCommand.ONGELDIGE_INVOER;
            }
            LocalDate datum = peildatum == null ? LocalDate.now() : peildatum;
            Regeling r = alle.voor(regio, datum);
            if (r == null) {
                r = alle.versies(regio).get(alle.versies(regio).size() - 1);
                err.println("Let op: geen versie geldig op " + datum + "; getoond wordt de laatste versie.");
            }
            out.println(r.naam());
            out.println(r.bestand() + ", geldig vanaf " + r.geldigVanaf() + (r.geldigTot() == null ? "" : " t/m " + r.geldigTot()));
            out.println("Versie: " + r.versie());
            if (r.opmerking() != null) {
                out.println("Opmerking: " + r.opmerking());
            }
            if (r.onduidelijk() != null) {
                out.println("Onduidelijk: " + r.onduidelijk());
            }
            out.println();
            for (Product p : r.producten()) {
                out.println(ProductTekst.schrijf(p));
            }
            String hulptabellen = HulptabelTekst.schrijf(r.hulptabellen());
            if (!hulptabellen.isEmpty()) {
                out.println(hulptabellen);
            }
            String tariefbladen = TariefbladTekst.schrijf(r);
            if (!tariefbladen.isEmpty()) {
                out.println(tariefbladen);
            }
            String verlenging = VerlengingTekst.schrijf(r.verlenging());
            if (!verlenging.isEmpty()) {
                out.println(verlenging);
            }
            String declareren = DeclaratieregelTekst.schrijf(r.declaratieregels());
            if (!declareren.isEmpty()) {
                out.println(declareren);
            }
            String termijnen = TermijnregelTekst.schrijf(r.termijnregels());
            if (!termijnen.isEmpty()) {
                out.println(termijnen);
            }
            String benutting = BenuttingTekst.schrijf(r.benutting());
            if (!benutting.isEmpty()) {
                out.println(benutting);
            }
            String gedeeld = ProductTekst.gedeeld(r.gedeeld());
            if (!gedeeld.isEmpty()) {
                out.println(gedeeld);
            }
            String perioden = ProductTekst.periodevoorwaarden(r.periodevoorwaarden());
            if (!perioden.isEmpty()) {
                out.println(perioden);
            }
            String tijd = ProductTekst.tijdregels(r.combinaties());
            if (!tijd.isEmpty()) {
                out.println(tijd);
            }
            String feitvereisten = ProductTekst.feitvereisten(r.combinaties());
            if (!feitvereisten.isEmpty()) {
                out.println(feitvereisten);
            }
            String tijdsverloop = TijdsverloopTekst.schrijf(r.tijdsverloop());
            if (!tijdsverloop.isEmpty()) {
                out.println(tijdsverloop);
            }
            String verwijzing = ProductTekst.verwijzing(r.verwijsregels());
            if (!verwijzing.isEmpty()) {
                out.println(verwijzing);
            }
            out.flush();
            return IndiceerCommand.GEEN_FOUT;
        }
    }
}
