package nl.indiceer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.AanvraagLezer;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.VeiligeTekst;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.beschikking.Beschikkingsoort;
import nl.indiceer.brief.Beschikkingsbrief;
import nl.indiceer.brief.Besluitregel;
import nl.indiceer.brief.Briefmaker;
import nl.indiceer.brief.Briefsjablonen;
import nl.indiceer.brief.Geadresseerde;
import nl.indiceer.brief.OngeldigSjabloonException;
import nl.indiceer.normenkader.AanvraagNormeringen;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.normenkader.OngeldigNormenkaderException;
import nl.indiceer.regeling.Gemeente;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regeling;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The letter that granting every line of a request would produce, with the same templates as the application,
 * without deciding or storing anything: a municipality checks its templates and wording with it.
 */
@Command(name = "brief", mixinStandardHelpOptions = true,
        description = {"Maakt de beschikkingsbrief (PDF/A) die toekennen van elke regel van de aanvraag zou geven, "
                + "met de briefsjablonen; er wordt niets besloten of bewaard.",
                "Exitcode 0: brief gemaakt; 1: brief gemaakt, maar de aanvraag heeft een FOUT; 2: ongeldige invoer of "
                        + "sjablonen; 3: interne fout."})
final class BriefCommand implements Callable<Integer> {

    /** The kenmerk of a trial letter: it is no decision. */
    static final String KENMERK = "PROEFBRIEF";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "AANVRAAG.json", description = "de aanvraag")
    Path aanvraag;

    @Parameters(index = "1", paramLabel = "UIT.pdf", description = "waar de brief komt")
    Path uit;

    @Option(names = "--gemeente", paramLabel = "NAAM",
            description = "gemeente (naam of CBS-code) van het briefhoofd; standaard de gemeente van de aanvraag")
    String gemeente;

    @Option(names = "--brieven", paramLabel = "MAP", description = "map met briefsjablonen (standaard: ./brieven)")
    Path brieven;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
    Path regelingen;

    @Option(names = "--normenkaders", paramLabel = "MAP",
            description = "map met normenkaders, voor regels met een normering (standaard: ./normenkaders)")
    Path normenkaders;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json = Invoer.lees(aanvraag, err);
        Regelingen alle = json == null ? null : Invoer.regelingen(regelingen, err);
        if (alle == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Aanvraag a;
        Uitkomst uitkomst;
        try {
            a = AanvraagLezer.lees(json);
            uitkomst = new Indicatiemotor(alle).bereken(a);
        } catch (OngeldigeAanvraagException e) {
            return Invoer.ongeldig(e, Formaat.tekst, out, err);
        }
        Regeling regeling = alle.voor(uitkomst.regio(), uitkomst.geldigVanaf());
        String code = gemeentecode(regeling, gemeente != null ? gemeente : a.gemeente(), err);
        if (code == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Briefmaker maker;
        try {
            maker = new Briefmaker(Briefsjablonen.laad(IndiceerCommand.dataMap(brieven, "INDICEER_BRIEVEN", "brieven")));
        } catch (OngeldigSjabloonException e) {
            err.println("De briefsjablonen zijn ongeldig:");
            e.problemen().stream().map(Probleem::toString).map(VeiligeTekst::schoon).forEach(err::println);
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Map<Integer, Normering> normeringen = normeringen(a, alle, err);
        if (normeringen == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        String naam = a.client() != null && a.client().naam() != null ? a.client().naam() : "(naam van de cliënt)";
        Beschikkingsbrief brief = new Beschikkingsbrief(KENMERK, LocalDate.now(), Beschikkingsoort.EERSTE, null, code,
                new Geadresseerde(naam, List.of("(adres van de cliënt)")), uitkomst,
                Besluitregel.van(a, uitkomst, alle, Besluitregel.allesToegekend(uitkomst), normeringen));
        if (maker.sjablonen().briefhoofd(code) == null) {
            err.println("Er is geen briefhoofd voor gemeente " + code + " en geen standaardbriefhoofd "
                    + "(briefhoofden/standaard.yaml) in de map met briefsjablonen.");
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        byte[] pdf = maker.maak(brief);
        try {
            Files.write(uit, pdf);
        } catch (IOException e) {
            err.println(VeiligeTekst.schoon(uit.toString()) + ": kan niet geschreven worden"
                    + (Files.isDirectory(uit) ? " (het is een map)" : " (" + VeiligeTekst.schoon(String.valueOf(e.getMessage())) + ")"));
            err.flush();
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        out.println("Brief geschreven: " + VeiligeTekst.schoon(uit.toString()) + " (" + pdf.length / 1024 + " kB, PDF/A-2a, "
                + "briefhoofd " + (maker.sjablonen().gemeentecodes().contains(code) ? "van gemeente " + code : "standaard") + ").");
        if (uitkomst.heeftFout()) {
            err.println("Let op: de aanvraag heeft minstens één FOUT; zo kan zij niet worden toegekend. "
                    + "Zie 'indiceer bereken' voor de bevindingen.");
        }
        out.flush();
        err.flush();
        return uitkomst.heeftFout() ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
    }

    /**
     * The CBS code of the municipality: a four-digit code as given, or a name or code the rulebook knows. Without any,
     * the default letterhead (code 0000). Null after saying why the name is unknown.
     */
    private static String gemeentecode(Regeling regeling, String naamOfCode, PrintWriter err) {
        if (naamOfCode == null || naamOfCode.isBlank()) {
            return "0000";
        }
        String gegeven = naamOfCode.strip();
        if (gegeven.matches("[0-9]{4}")) {
            return gegeven;
        }
        Gemeente g = regeling == null ? null : regeling.gemeente(gegeven);
        if (g == null || g.cbs() == null) {
            err.println("onbekende gemeente '" + VeiligeTekst.schoon(gegeven) + "'" + (regeling == null || regeling.gemeenten().isEmpty()
                    ? "; geef de CBS-code van vier cijfers, zoals 0034"
                    : "; kies uit " + String.join(", ", regeling.gemeenten().stream().map(Gemeente::naam).toList())
                    + ", of geef de CBS-code van vier cijfers"));
            err.flush();
            return null;
        }
        return g.cbs();
    }

    /**
     * The normenkader results of the lines with a task form, as the letter explains them; the normenkaders are only
     * read when a line has one. Null (after saying why) when they are invalid or a task form does not compute.
     */
    private Map<Integer, Normering> normeringen(Aanvraag a, Regelingen alle, PrintWriter err) {
        if (a.producten().stream().allMatch(p -> p.normering() == null)) {
            return Map.of();
        }
        Normenkaders kaders;
        try {
            kaders = Normenkaders.laad(NormeerCommand.normenkadersMap(normenkaders));
        } catch (OngeldigNormenkaderException e) {
            err.println("De normenkaders zijn ongeldig:");
            e.problemen().stream().map(Probleem::toString).map(VeiligeTekst::schoon).forEach(err::println);
            err.flush();
            return null;
        }
        AanvraagNormeringen.Resultaat r = AanvraagNormeringen.van(a, new Normcalculator(kaders, alle));
        if (!r.onvolledig().isEmpty()) {
            r.onvolledig().values().stream().flatMap(List::stream)
                    .forEach(f -> err.println(VeiligeTekst.schoon(f.toString())));
            err.flush();
            return null;
        }
        return r.berekend();
    }
}
