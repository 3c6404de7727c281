package nl.indiceer.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Client;
import nl.indiceer.aanvraag.Invoerfout;
import nl.indiceer.aanvraag.JsonVelden;
import nl.indiceer.aanvraag.OngeldigeAanvraagException;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.berekening.Indicatiemotor;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.json.UitkomstJson;
import nl.indiceer.normenkader.Normcalculator;
import nl.indiceer.normenkader.Normenkaders;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.normenkader.NormeringJson;
import nl.indiceer.normenkader.NormeringTekst;
import nl.indiceer.normenkader.Normeringsverzoek;
import nl.indiceer.normenkader.OngeldigNormenkaderException;
import nl.indiceer.normenkader.Productkoppeling;
import nl.indiceer.normenkader.TakenLezer;
import nl.indiceer.regeling.Financiering;
import nl.indiceer.regeling.Periode;
import nl.indiceer.regeling.Probleem;
import nl.indiceer.regeling.Regelingen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "normeer", mixinStandardHelpOptions = true,
        description = {"Berekent met een normenkader de minuten per taak en in totaal, per week en per maand "
                + "(taken.json, zie docs/normenkader-formaat.md).",
                "Met --product ook de productregel in de indicatiemotor (kosten en toetsen).",
                "Exitcode 0: geen FOUT; 1: minstens één FOUT; 2: ongeldige invoer; 3: interne fout."})
final class NormeerCommand implements Callable<Integer> {


    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TAKEN.json", description = "de taken die van toepassing zijn")
    Path taken;

    @Option(names = "--formaat", defaultValue = "tekst", description = "json of tekst (standaard: ${DEFAULT-VALUE})")
    Formaat formaat;

    @Option(names = "--normenkaders", paramLabel = "MAP", description = "map met normenkaders (standaard: ./normenkaders)")
    Path normenkaders;

    @Option(names = "--regelingen", paramLabel = "MAP", description = "map met regelingen (standaard: ./regelingen)")
    Path regelingen;

    @Option(names = "--regio", paramLabel = "REGIO", description = "regio voor weken per maand en de productregel (vervangt \"regio\" uit taken.json)")
    String regio;

    @Option(names = "--product", paramLabel = "CODE", description = "productcode: reken de uitkomst ook door als productregel")
    String product;

    @Option(names = "--financiering", paramLabel = "FINANCIERING", defaultValue = "ZIN", description = "ZIN, PGB_FORMEEL of PGB_INFORMEEL (standaard: ${DEFAULT-VALUE})")
    Financiering financiering;

    @Option(names = "--periode", paramLabel = "PERIODE", defaultValue = "MAAND", description = "WEEK of MAAND (standaard: ${DEFAULT-VALUE})")
    Periode periode;

    @Option(names = "--begindatum", paramLabel = "DATUM", description = "begin van de toewijzing (standaard: de peildatum)")
    LocalDate begindatum;

    @Option(names = "--einddatum", paramLabel = "DATUM", description = "einde van de toewijzing (standaard: een jaar na de begindatum, min een dag)")
    LocalDate einddatum;

    @Option(names = "--gemeente", paramLabel = "GEMEENTE", description = "gemeente van de cliënt (voor de toetsen van de productregel)")
    String gemeente;

    @Option(names = "--geboortedatum", paramLabel = "DATUM", description = "geboortedatum van de cliënt (voor de leeftijdstoets)")
    LocalDate geboortedatum;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String json = Invoer.lees(taken, err);
        if (json == null) {
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        Normenkaders kaders;
        try {
            kaders = Normenkaders.laad(normenkadersMap(normenkaders));
        } catch (OngeldigNormenkaderException e) {
            err.println("De normenkaders zijn ongeldig:");
            e.problemen().stream().map(Probleem::toString).forEach(err::println);
            return IndiceerCommand.ONGELDIGE_INVOER;
        }
        try {
            Normeringsverzoek verzoek = TakenLezer.lees(json);
            optiedatumsBinnenBereik();
            if (regio != null) {
                verzoek = verzoek.metRegio(regio);
            }
            if (product != null && verzoek.regio() == null) {
                throw new OngeldigeAanvraagException(List.of(new Invoerfout("regio", "VERPLICHT",
                        "--product heeft een regio nodig: zet \"regio\" in taken.json of geef --regio")));
            }
            if (product != null && periode == Periode.TOTAAL) {
                throw new OngeldigeAanvraagException(List.of(new Invoerfout("--periode", "PERIODE_PAST_NIET",
                        "een normering geeft minuten per week of per maand; kies WEEK of MAAND")));
            }
            Regelingen alle = null;
            if (verzoek.regio() != null) {
                alle = Invoer.regelingen(regelingen, err);
                if (alle == null) {
                    return IndiceerCommand.ONGELDIGE_INVOER;
                }
            }
            Normering normering = new Normcalculator(kaders, alle).bereken(verzoek);
            Uitkomst uitkomst = null;
            if (product != null) {
                LocalDate begin = begindatum != null ? begindatum : normering.peildatum();
                LocalDate eind = einddatum != null ? einddatum : begin.plusYears(1).minusDays(1);
                if (eind.isBefore(begin)) {
                    throw new OngeldigeAanvraagException(List.of(new Invoerfout("--einddatum", "EINDE_VOOR_BEGIN",
                            "ligt voor de begindatum (" + begin + ")")));
                }
                Productregel regel = Productkoppeling.productregel(normering, product, financiering, begin, eind, periode);
                Client client = geboortedatum == null ? null : new Client(null, geboortedatum);
                Aanvraag aanvraag = Productkoppeling.aanvraag(normering, verzoek.regio(), gemeente, client, regel);
                uitkomst = new Indicatiemotor(alle).bereken(aanvraag);
            }
            out.print(formaat == Formaat.json ? json(normering, uitkomst) + "\n" : tekst(normering, uitkomst));
            out.flush();
            boolean fout = normering.heeftFout() || (uitkomst != null && uitkomst.heeftFout());
            return fout ? IndiceerCommand.MET_FOUT : IndiceerCommand.GEEN_FOUT;
        } catch (OngeldigeAanvraagException e) {
            return Invoer.ongeldig(e, formaat, out, err);
        }
    }

    /** The date options obey the same plausible range as every date in the input. */
    private void optiedatumsBinnenBereik() {
        List<Invoerfout> fouten = new java.util.ArrayList<>();
        String[] namen = {"--begindatum", "--einddatum", "--geboortedatum"};
        LocalDate[] datums = {begindatum, einddatum, geboortedatum};
        for (int i = 0; i < namen.length; i++) {
            if (datums[i] != null && !JsonVelden.datumBinnenBereik(datums[i])) {
                fouten.add(JsonVelden.datumBuitenBereik(namen[i], datums[i]));
            }
        }
        if (!fouten.isEmpty()) {
            throw new OngeldigeAanvraagException(fouten);
        }
    }

    private static String tekst(Normering normering, Uitkomst uitkomst) {
        String s = NormeringTekst.schrijf(normering);
        if (uitkomst == null) {
            return s;
        }
        return s + "\nAls productregel in de indicatiemotor:\n\n" + UitkomstTekst.schrijf(uitkomst);
    }

    private static String json(Normering normering, Uitkomst uitkomst) {
        if (uitkomst == null) {
            return NormeringJson.schrijf(normering);
        }
        try {
            ObjectNode root = JSON.createObjectNode();
            root.set("normering", NormeringJson.boom(normering));
            root.set("uitkomst", JSON.readTree(UitkomstJson.schrijf(uitkomst)));
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The normenkader folder: the option, else $INDICEER_NORMENKADERS, else ./normenkaders, else the
     * normenkaders folder next to the application's jar.
     */
    static Path normenkadersMap(Path optie) {
        return IndiceerCommand.dataMap(optie, "INDICEER_NORMENKADERS", "normenkaders");
    }
}
